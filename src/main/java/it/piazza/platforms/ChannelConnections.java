package it.piazza.platforms;

import it.piazza.policy.Channel;
import it.piazza.policy.PolicyVersions;
import it.piazza.policy.Platform;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** How the ente's channels are connected to their platforms; secrets are stored only encrypted. */
@Service
public class ChannelConnections {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "ente_id, channel_id, platform, connector, api_base, settings, secrets, state";

    private final JdbcClient jdbc;
    private final CredentialVault vault;
    private final Connectors connectors;
    private final PolicyVersions policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChannelConnections(JdbcClient jdbc, CredentialVault vault, Connectors connectors, PolicyVersions policies,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.connectors = connectors;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Connects a channel of the ente (or replaces its connection) and starts it.
     *
     * @param by who connected it, for the audit log
     * @throws IllegalArgumentException when the ente, channel or connector is unknown
     * @throws IllegalStateException when there are secrets and no encryption key is configured
     */
    @Transactional
    public void connect(String enteId, String channelId, String connectorId, @Nullable URI apiBase,
            Map<String, String> settings, Secrets secrets, String by) {
        Channel channel = policies.current(enteId)
                .orElseThrow(() -> new IllegalArgumentException("unknown ente \"" + enteId + "\""))
                .policy().channel(channelId)
                .orElseThrow(() -> new IllegalArgumentException("the ente " + enteId + " has no channel \"" + channelId + "\""));
        if (connectors.connector(connectorId).isEmpty()) {
            throw new IllegalArgumentException("unknown connector \"" + connectorId + "\"; known: " + connectors.ids());
        }
        String sealed = vault.seal(secrets);
        Timestamp now = Timestamp.from(clock.instant());
        String settingsJson = JSON.writeValueAsString(settings);
        int updated = jdbc.sql("""
                update channel_connection set platform = ?, connector = ?, api_base = ?, settings = ?, secrets = ?,
                  state = 'ACTIVE', state_reason = null, paused_until = null, updated_at = ?
                where ente_id = ? and channel_id = ?""")
                .params(channel.platform().name(), connectorId, apiBase == null ? null : apiBase.toString(), settingsJson,
                        sealed, now, enteId, channelId).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into channel_connection (ente_id, channel_id, platform, connector, api_base, settings, secrets,
                      state, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)""")
                    .params(enteId, channelId, channel.platform().name(), connectorId,
                            apiBase == null ? null : apiBase.toString(), settingsJson, sealed, now).update();
        }
        forgetRead();
        events.publishEvent(new ChannelConnected(enteId, channelId, connectorId, by));
    }

    /**
     * @return the channel's connection, with its secrets decrypted; read once per transaction (the listeners of
     *         one decision all ask for the same channel), and again after the transaction changed a connection
     */
    @Transactional(readOnly = true)
    public Optional<ChannelConnection> find(String enteId, String channelId) {
        return readInThisTransaction().computeIfAbsent(enteId + "/" + channelId, key -> jdbc
                .sql("select " + COLUMNS + " from channel_connection where ente_id = ? and channel_id = ?")
                .params(enteId, channelId).query(this::connection).optional());
    }

    /** @return the connections this transaction has read, bound to it and dropped when it ends */
    @SuppressWarnings("unchecked")
    private Map<String, Optional<ChannelConnection>> readInThisTransaction() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<String, Optional<ChannelConnection>>) bound;
        }
        Map<String, Optional<ChannelConnection>> read = new HashMap<>();
        TransactionSynchronizationManager.bindResource(this, read);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ChannelConnections.this);
            }
        });
        return read;
    }

    /** Forgets what this transaction read, after it changed a connection. */
    private void forgetRead() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            ((Map<?, ?>) TransactionSynchronizationManager.getResource(this)).clear();
        }
    }

    /** @return the state of every connection of the ente, without secrets */
    @Transactional(readOnly = true)
    public List<ConnectionStatus> statuses(String enteId) {
        return jdbc.sql("""
                select channel_id, platform, connector, state, state_reason, paused_until, updated_at
                from channel_connection where ente_id = ? order by channel_id""")
                .param(enteId).query((rs, n) -> new ConnectionStatus(rs.getString(1),
                        Platform.valueOf(rs.getString(2)), rs.getString(3), ConnectionState.valueOf(rs.getString(4)),
                        rs.getString(5), ActionOutbox.instant(rs.getTimestamp(6)), rs.getTimestamp(7).toInstant())).list();
    }

    /**
     * Stops a connection whose credentials the platform rejected: nothing more is attempted on it until someone
     * enters new credentials, and people are alerted.
     */
    @Transactional
    public void stop(String enteId, String channelId, String reason) {
        int changed = jdbc.sql("""
                update channel_connection set state = 'CREDENTIALS_REJECTED', state_reason = ?, updated_at = ?
                where ente_id = ? and channel_id = ? and state = 'ACTIVE'""")
                .params(reason, Timestamp.from(clock.instant()), enteId, channelId).update();
        if (changed == 1) {
            forgetRead();
            events.publishEvent(new ConnectionStopped(enteId, channelId, reason));
        }
    }

    /** Pauses a connection until {@code until}: the platform asked to wait (rate limit). */
    @Transactional
    public void pause(String enteId, String channelId, Instant until) {
        jdbc.sql("""
                update channel_connection set paused_until = ? where ente_id = ? and channel_id = ?
                  and (paused_until is null or paused_until < ?)""")
                .params(Timestamp.from(until), enteId, channelId, Timestamp.from(until)).update();
    }

    private ChannelConnection connection(ResultSet rs, int row) throws SQLException {
        String apiBase = rs.getString(5);
        return new ChannelConnection(rs.getString(1), rs.getString(2), Platform.valueOf(rs.getString(3)),
                rs.getString(4), apiBase == null ? null : URI.create(apiBase),
                JSON.readValue(rs.getString(6), new TypeReference<Map<String, String>>() { }), vault.open(rs.getString(7)),
                ConnectionState.valueOf(rs.getString(8)));
    }
}
