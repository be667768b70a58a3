package it.piazza.platforms;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls the platforms that have no webhook for comments (connectors that are {@link Poller}s), every
 * {@code piazza.polling.tick}:
 * <ul>
 * <li>due connections (active, not paused, {@code poll_due_at} reached) are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, and their next due time is set in the claiming transaction, so that two nodes
 * never poll the same channel at once and a node does not wait for another's claim;</li>
 * <li>the items go to {@link Inbound#receive}, and the new cursor is stored only after them: a node that stops in
 * between polls the same page again, which stores nothing twice because receiving is idempotent;</li>
 * <li>a platform's wait ({@link ActionOutcome.RetryLater} with a time) moves the next poll and pauses the
 * connection's actions as well (the rate limit is the account's); rejected credentials stop the connection; a
 * refusal is logged and the channel is polled again at the next interval.</li>
 * </ul>
 */
@Component
class Polling {

    private static final Logger log = LoggerFactory.getLogger(Polling.class);
    private static final int BATCH = 16;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ChannelConnections connections;
    private final Connectors connectors;
    private final Inbound inbound;
    private final Clock clock;

    Polling(JdbcClient jdbc, TransactionTemplate transactions, ChannelConnections connections, Connectors connectors,
            Inbound inbound, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.connections = connections;
        this.connectors = connectors;
        this.inbound = inbound;
        this.clock = clock;
    }

    /** A connection claimed for one poll: its cursor as it was when claimed. */
    record Claimed(String enteId, String channelId, @Nullable String cursor) {
    }

    @Scheduled(fixedDelayString = "${piazza.polling.tick:PT5S}")
    void tick() {
        pollDue();
    }

    /**
     * Claims and polls the due connections until none is due.
     *
     * @return how many polls were made
     */
    int pollDue() {
        int polls = 0;
        List<Claimed> claimed;
        do {
            claimed = claim();
            claimed.forEach(this::poll);
            polls += claimed.size();
        } while (claimed.size() == BATCH);
        return polls;
    }

    List<Claimed> claim() {
        Set<String> pollers = connectors.ids().stream()
                .filter(id -> connectors.connector(id).orElseThrow() instanceof Poller)
                .collect(Collectors.toSet());
        if (pollers.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Claimed> claimed = transactions.execute(tx -> {
            List<Row> rows = jdbc.sql("""
                    select ente_id, channel_id, connector, poll_cursor from channel_connection
                    where state = 'ACTIVE' and connector in (:pollers)
                      and (poll_due_at is null or poll_due_at <= :now)
                      and (paused_until is null or paused_until <= :now)
                    order by poll_due_at
                    limit :batch
                    for update skip locked""")
                    .param("pollers", pollers).param("now", Timestamp.from(now)).param("batch", BATCH)
                    .query((rs, n) -> new Row(new Claimed(rs.getString(1), rs.getString(2), rs.getString(4)),
                            rs.getString(3)))
                    .list();
            for (Row row : rows) {
                Poller poller = (Poller) connectors.connector(row.connector()).orElseThrow();
                due(row.claimed(), now.plus(poller.interval()));
            }
            return rows.stream().map(Row::claimed).toList();
        });
        return claimed == null ? List.of() : claimed;
    }

    private record Row(Claimed claimed, String connector) {
    }

    private void poll(Claimed claimed) {
        Optional<ChannelConnection> found = connections.find(claimed.enteId(), claimed.channelId());
        if (found.isEmpty() || found.get().state() != ConnectionState.ACTIVE) {
            return;
        }
        ChannelConnection connection = found.get();
        if (!(connectors.of(connection) instanceof Poller poller)) {
            return;
        }
        PollOutcome outcome;
        try {
            outcome = poller.poll(connection, claimed.cursor());
        } catch (RuntimeException e) {
            log.warn("Polling {}/{} failed in the connector: {}", claimed.enteId(), claimed.channelId(), e.toString());
            return;
        }
        switch (outcome) {
            case PollOutcome.Polled polled -> {
                int fresh = inbound.receive(connection, polled.items());
                if (polled.cursor() != null) {
                    jdbc.sql("update channel_connection set poll_cursor = ? where ente_id = ? and channel_id = ?")
                            .params(polled.cursor(), claimed.enteId(), claimed.channelId()).update();
                }
                if (!polled.items().isEmpty()) {
                    log.info("Polled {}/{}: {} items, {} new", claimed.enteId(), claimed.channelId(),
                            polled.items().size(), fresh);
                }
            }
            case ActionOutcome.RetryLater later -> {
                if (later.after() != null) {
                    Instant until = clock.instant().plus(later.after());
                    due(claimed, until);
                    connections.pause(claimed.enteId(), claimed.channelId(), until);
                }
                log.warn("Polling {}/{} postponed{}: {}", claimed.enteId(), claimed.channelId(),
                        later.after() == null ? "" : " by " + later.after(), later.reason());
            }
            case ActionOutcome.CredentialsRejected rejected -> {
                connections.stop(claimed.enteId(), claimed.channelId(), rejected.reason());
                log.warn("Credentials of {}/{} rejected while polling; connection stopped: {}", claimed.enteId(),
                        claimed.channelId(), rejected.reason());
            }
            case ActionOutcome.Refused refused -> log.warn("Polling {}/{} refused by the platform: {}",
                    claimed.enteId(), claimed.channelId(), refused.reason());
        }
    }

    private void due(Claimed claimed, Instant at) {
        jdbc.sql("update channel_connection set poll_due_at = ? where ente_id = ? and channel_id = ?")
                .params(Timestamp.from(at), claimed.enteId(), claimed.channelId()).update();
    }
}
