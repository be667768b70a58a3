package it.piazza.platforms;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out the outbox's actions (docs/design/009-connectors-and-outbox.md):
 * <ul>
 * <li>due actions are claimed with {@code FOR UPDATE SKIP LOCKED} and marked in flight with a lease, in a
 * transaction of their own, so that several nodes share the work and none takes an action another holds;</li>
 * <li>an action whose lease ran out (its node stopped mid-call) is first confirmed with the platform
 * ({@link Connector#confirm}) and attempted again only when the platform does not show it done;</li>
 * <li>actions on the same target run in the order they were queued (their sequence number); a later one waits
 * for an earlier one still pending;</li>
 * <li>failures that may pass are retried with exponential backoff and full jitter, never before the
 * platform's own {@code Retry-After}, which also pauses the whole connection; refusals and exhausted retries
 * become dead letters; rejected credentials stop the connection, and its actions wait for new ones.</li>
 * </ul>
 */
@Component
class OutboxDispatch {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatch.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ChannelConnections connections;
    private final Connectors connectors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String node;
    private final Duration lease;
    private final Duration backoffBase;
    private final Duration backoffCap;
    private final int maxAttempts;
    private final int batch;

    OutboxDispatch(JdbcClient jdbc, TransactionTemplate transactions, ChannelConnections connections,
            Connectors connectors, ApplicationEventPublisher events, Clock clock,
            @Value("${piazza.outbox.lease:PT2M}") Duration lease,
            @Value("${piazza.outbox.backoff-base:PT2S}") Duration backoffBase,
            @Value("${piazza.outbox.backoff-cap:PT30M}") Duration backoffCap,
            @Value("${piazza.outbox.max-attempts:12}") int maxAttempts,
            @Value("${piazza.outbox.batch:32}") int batch) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.connections = connections;
        this.connectors = connectors;
        this.events = events;
        this.clock = clock;
        this.lease = lease;
        this.backoffBase = backoffBase;
        this.backoffCap = backoffCap;
        this.maxAttempts = maxAttempts;
        this.batch = batch;
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Claims and carries out due actions until none is due. */
    @Scheduled(fixedDelayString = "${piazza.outbox.poll:PT0.25S}", initialDelayString = "${piazza.outbox.poll:PT0.25S}")
    void dispatch() {
        List<OutboxEntry> claimed;
        do {
            claimed = claim();
            run(claimed);
        } while (claimed.size() == batch);
    }

    /**
     * @return the due actions, now claimed by this node, each with the state it had before: {@code IN_FLIGHT}
     *         means another node's lease ran out during the call, so whether it was carried out is uncertain
     */
    List<OutboxEntry> claim() {
        Instant now = clock.instant();
        List<OutboxEntry> claimed = transactions.execute(tx -> {
            List<OutboxEntry> rows = jdbc.sql("select " + ActionOutbox.COLUMNS + """
                     from platform_action a
                    where ((a.state = 'PENDING' and a.next_attempt_at <= :now) or (a.state = 'IN_FLIGHT' and a.lease_until < :now))
                      and not exists (select 1 from channel_connection c where c.ente_id = a.ente_id and c.channel_id = a.channel_id
                                      and (c.state <> 'ACTIVE' or c.paused_until > :now))
                      and not exists (select 1 from platform_action p where p.ente_id = a.ente_id and p.channel_id = a.channel_id
                                      and p.target_id = a.target_id and p.seq < a.seq
                                      and p.state in ('PENDING', 'IN_FLIGHT'))
                    order by a.seq
                    limit :batch
                    for update skip locked""")
                    .param("now", Timestamp.from(now)).param("batch", batch)
                    .query(ActionOutbox::entry).list();
            if (!rows.isEmpty()) {
                jdbc.sql("""
                        update platform_action set state = 'IN_FLIGHT', attempts = attempts + 1, lease_until = :lease,
                          claimed_by = :node where id in (:ids)""")
                        .param("lease", Timestamp.from(now.plus(lease))).param("node", node)
                        .param("ids", rows.stream().map(OutboxEntry::id).toList()).update();
            }
            return rows;
        });
        return claimed == null ? List.of() : claimed;
    }

    private void run(List<OutboxEntry> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        Map<String, List<OutboxEntry>> byTarget = new LinkedHashMap<>();
        // each connection is read (and its secrets decrypted) once per batch, not once per action
        Map<String, Optional<ChannelConnection>> byChannel = new HashMap<>();
        for (OutboxEntry e : claimed) {
            String channel = e.enteId() + "/" + e.channelId();
            byChannel.computeIfAbsent(channel, k -> connections.find(e.enteId(), e.channelId()));
            byTarget.computeIfAbsent(channel + "/" + e.action().targetId(), k -> new ArrayList<>()).add(e);
        }
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<OutboxEntry> sameTarget : byTarget.values()) {
                workers.submit(() -> sameTarget.forEach(e -> attempt(e, byChannel.get(e.enteId() + "/" + e.channelId()))));
            }
        }
    }

    private void attempt(OutboxEntry entry, Optional<ChannelConnection> found) {
        if (found.isEmpty()) {
            dead(entry, "the channel " + entry.channelId() + " is not connected any more");
            return;
        }
        ChannelConnection connection = found.get();
        Connector connector = connectors.of(connection);
        ActionOutcome outcome;
        try {
            Optional<String> outsideWindow = outsideWindow(connectors.capabilities(connection), entry.action());
            if (outsideWindow.isPresent()) {
                finish(entry, ActionState.MANUAL, outsideWindow.get(), null);
                return;
            }
            String key = entry.id().toString();
            Optional<ActionOutcome> confirmed = entry.state() == ActionState.IN_FLIGHT
                    ? connector.confirm(connection, entry.action(), key) : Optional.empty();
            outcome = confirmed.isPresent() ? confirmed.get() : connector.perform(connection, entry.action(), key);
        } catch (RuntimeException e) {
            log.warn("Action {} on {}/{} failed in the connector: {}", entry.id(), entry.enteId(), entry.channelId(),
                    e.toString());
            outcome = new ActionOutcome.Refused("Piazza could not carry it out: " + e.getMessage());
        }
        record(entry, connection, outcome);
    }

    private Optional<String> outsideWindow(Capabilities capabilities, PlatformAction action) {
        Duration window = capabilities.windows().get(action.kind());
        Instant created = action.targetCreatedAt();
        if (window == null || created == null || !clock.instant().isAfter(created.plus(window))) {
            return Optional.empty();
        }
        return Optional.of("the platform allows " + action.kind() + " only within " + window.toHours()
                + " hours of the comment; it is older");
    }

    private void record(OutboxEntry entry, ChannelConnection connection, ActionOutcome outcome) {
        switch (outcome) {
            case ActionOutcome.Done done -> transactions.executeWithoutResult(tx -> {
                if (finish(entry, ActionState.DONE, null, done.reference())) {
                    events.publishEvent(new ActionCarriedOut(entry.id(), entry.enteId(), entry.channelId(),
                            entry.decisionId(), entry.action().kind(), entry.action().targetId(), done.reference()));
                }
            });
            case ActionOutcome.Refused refused -> dead(entry, refused.reason());
            case ActionOutcome.RetryLater later -> retry(entry, connection, later);
            case ActionOutcome.CredentialsRejected rejected -> {
                connections.stop(entry.enteId(), entry.channelId(), rejected.reason());
                jdbc.sql("""
                        update platform_action set state = 'PENDING', attempts = attempts - 1, lease_until = null,
                          last_error = ?, next_attempt_at = ? where id = ? and claimed_by = ? and state = 'IN_FLIGHT'""")
                        .params(rejected.reason(), Timestamp.from(clock.instant()), entry.id(), node).update();
                log.warn("Credentials of {}/{} rejected by the platform; connection stopped: {}", entry.enteId(),
                        entry.channelId(), rejected.reason());
            }
        }
    }

    private void retry(OutboxEntry entry, ChannelConnection connection, ActionOutcome.RetryLater later) {
        int attempts = entry.attempts() + 1;
        if (attempts >= maxAttempts) {
            dead(entry, "still failing after " + attempts + " attempts: " + later.reason());
            return;
        }
        Instant now = clock.instant();
        Duration wait = backoff(attempts);
        if (later.after() != null) {
            connections.pause(connection.enteId(), connection.channelId(), now.plus(later.after()));
            if (later.after().compareTo(wait) > 0) {
                wait = later.after();
            }
        }
        jdbc.sql("""
                update platform_action set state = 'PENDING', lease_until = null, last_error = ?, next_attempt_at = ?
                where id = ? and claimed_by = ? and state = 'IN_FLIGHT'""")
                .params(later.reason(), Timestamp.from(now.plus(wait)), entry.id(), node).update();
    }

    private void dead(OutboxEntry entry, String reason) {
        transactions.executeWithoutResult(tx -> {
            if (finish(entry, ActionState.DEAD, reason, null)) {
                events.publishEvent(new ActionFailed(entry.id(), entry.enteId(), entry.channelId(),
                        entry.action().kind(), reason));
            }
        });
    }

    /** @return the wait before attempt {@code attempts + 1}: base·2^(attempts−1), capped, with full jitter */
    Duration backoff(int attempts) {
        long ceiling = Math.min(backoffCap.toMillis(), backoffBase.toMillis() << Math.min(attempts - 1, 30));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }

    private boolean finish(OutboxEntry entry, ActionState state, @Nullable String error, @Nullable String reference) {
        return jdbc.sql("""
                update platform_action set state = ?, last_error = ?, reference = ?, lease_until = null, finished_at = ?
                where id = ? and claimed_by = ? and state = 'IN_FLIGHT'""")
                .params(state.name(), error, reference, Timestamp.from(clock.instant()), entry.id(), node)
                .update() == 1;
    }
}
