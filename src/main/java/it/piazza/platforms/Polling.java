package it.piazza.platforms;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls the platforms that have no webhook for comments (connectors that are {@link Poller}s), every
 * {@code piazza.polling.tick}:
 * <ul>
 * <li>due connections (active, not paused, {@code poll_due_at} reached) are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, and their due time is moved past a lease ({@code piazza.polling.lease}, or the
 * connector's interval when longer) in the claiming transaction, so that two nodes never poll the same channel at
 * once and a node does not wait for another's claim; when the poll ends the channel is due again one interval
 * after the claim, and a node that stopped mid-poll frees it when the lease ends;</li>
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
    private final Duration lease;

    Polling(JdbcClient jdbc, TransactionTemplate transactions, ChannelConnections connections, Connectors connectors,
            Inbound inbound, Clock clock, @Value("${piazza.polling.lease:PT5M}") Duration lease) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.connections = connections;
        this.connectors = connectors;
        this.inbound = inbound;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * A connection claimed for one poll.
     *
     * @param cursor the cursor as it was when claimed
     * @param next when it is due again after a poll that ends normally
     */
    record Claimed(String enteId, String channelId, @Nullable String cursor, Instant next) {
    }

    @Scheduled(fixedDelayString = "${piazza.polling.tick:PT5S}", initialDelayString = "${piazza.polling.tick:PT5S}")
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
            // the channels of one claim are polled side by side: one slow platform does not hold the others
            try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Claimed c : claimed) {
                    workers.submit(() -> {
                        try {
                            poll(c);
                        } catch (RuntimeException e) {
                            log.error("Polling {}/{} failed", c.enteId(), c.channelId(), e);
                        }
                    });
                }
            }
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
                    .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(4), rs.getString(3)))
                    .list();
            List<Claimed> taken = new ArrayList<>();
            for (Row row : rows) {
                Duration interval = ((Poller) connectors.connector(row.connector()).orElseThrow()).interval();
                Claimed claim = new Claimed(row.enteId(), row.channelId(), row.cursor(), now.plus(interval));
                // held for the lease while the poll runs; a node that stops mid-poll frees it when the lease ends
                due(claim, now.plus(interval.compareTo(lease) > 0 ? interval : lease));
                taken.add(claim);
            }
            return taken;
        });
        return claimed == null ? List.of() : claimed;
    }

    private record Row(String enteId, String channelId, @Nullable String cursor, String connector) {
    }

    private void poll(Claimed claimed) {
        Optional<ChannelConnection> found = connections.find(claimed.enteId(), claimed.channelId());
        if (found.isEmpty() || found.get().state() != ConnectionState.ACTIVE
                || !(connectors.of(found.get()) instanceof Poller poller)) {
            return;
        }
        ChannelConnection connection = found.get();
        PollOutcome outcome;
        try {
            outcome = poller.poll(connection, claimed.cursor());
        } catch (RuntimeException e) {
            due(claimed, claimed.next());
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
                due(claimed, claimed.next());
            }
            case ActionOutcome.RetryLater later -> {
                if (later.after() != null) {
                    Instant until = clock.instant().plus(later.after());
                    due(claimed, until);
                    connections.pause(claimed.enteId(), claimed.channelId(), until);
                } else {
                    due(claimed, claimed.next());
                }
                log.warn("Polling {}/{} postponed{}: {}", claimed.enteId(), claimed.channelId(),
                        later.after() == null ? "" : " by " + later.after(), later.reason());
            }
            case ActionOutcome.CredentialsRejected rejected -> {
                connections.stop(claimed.enteId(), claimed.channelId(), rejected.reason());
                log.warn("Credentials of {}/{} rejected while polling; connection stopped: {}", claimed.enteId(),
                        claimed.channelId(), rejected.reason());
            }
            case ActionOutcome.Refused refused -> {
                due(claimed, claimed.next());
                log.warn("Polling {}/{} refused by the platform: {}", claimed.enteId(), claimed.channelId(),
                        refused.reason());
            }
        }
    }

    private void due(Claimed claimed, Instant at) {
        jdbc.sql("update channel_connection set poll_due_at = ? where ente_id = ? and channel_id = ?")
                .params(Timestamp.from(at), claimed.enteId(), claimed.channelId()).update();
    }
}
