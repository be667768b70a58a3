package it.piazza.platforms;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.NewInteraction;
import it.piazza.testsupport.EmbeddedDatabases;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The polling scheduler on both databases, with a scripted poller on the MIT's YouTube channel: cursors stored
 * after the items, intervals, the platform's waits, stopped credentials, refusals, and claims that keep two
 * nodes from polling the same channel at once.
 */
class PollingIntegrationTests {

    static final String PROPERTIES = "piazza.polling.tick=PT1H";

    @Nested
    @SpringBootTest(properties = PROPERTIES)
    @Import(ScriptedPoller.Configuration.class)
    class OnH2 extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest(properties = PROPERTIES)
    @Import(ScriptedPoller.Configuration.class)
    class OnPostgres extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.postgres(registry);
        }
    }

    /** A poller that answers what the test scripted and records the cursors it was given. */
    static final class ScriptedPoller implements Connector, Poller {

        static final Duration INTERVAL = Duration.ofMinutes(2);

        final Queue<PollOutcome> script = new ConcurrentLinkedQueue<>();
        final List<@Nullable String> cursors = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger polls = new AtomicInteger();
        final AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(0));

        @TestConfiguration
        static class Configuration {
            @Bean
            ScriptedPoller scriptedPoller() {
                return new ScriptedPoller();
            }
        }

        void reset() {
            script.clear();
            cursors.clear();
            polls.set(0);
            gate.set(new CountDownLatch(0));
        }

        @Override
        public String id() {
            return "scripted";
        }

        @Override
        public Capabilities capabilities(ChannelConnection connection) {
            return Capabilities.of(Set.of(), Receiving.POLLING);
        }

        @Override
        public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
            return new ActionOutcome.Refused("scripted");
        }

        @Override
        public PollOutcome poll(ChannelConnection connection, @Nullable String cursor) {
            polls.incrementAndGet();
            cursors.add(cursor);
            try {
                gate.get().await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            PollOutcome next = script.poll();
            return next != null ? next : new PollOutcome.Polled(List.of(), cursor);
        }

        @Override
        public Duration interval() {
            return INTERVAL;
        }
    }

    abstract static class Scenarios {

        @Autowired
        Polling polling;
        @Autowired
        ScriptedPoller poller;
        @Autowired
        ChannelConnections connections;
        @Autowired
        JdbcClient jdbc;
        @Autowired
        TransactionTemplate transactions;

        @BeforeEach
        void connect() {
            poller.reset();
            connections.connect("mit", "youtube", "scripted", null, Map.of(), Secrets.NONE, "test");
            jdbc.sql("update channel_connection set poll_due_at = null, poll_cursor = null where ente_id = 'mit'").update();
        }

        static NewInteraction comment(String id) {
            return new NewInteraction("youtube", InteractionKind.COMMENT, id, "vid1", null, null, "UCfan", "@fan",
                    "Grazie per il video sul nuovo ponte", Instant.parse("2026-05-01T10:00:00Z"));
        }

        private void makeDue() {
            jdbc.sql("update channel_connection set poll_due_at = null, paused_until = null where ente_id = 'mit'").update();
        }

        private Map<String, Object> row() {
            return jdbc.sql("select poll_cursor, poll_due_at, paused_until, state from channel_connection "
                    + "where ente_id = 'mit' and channel_id = 'youtube'").query().singleRow();
        }

        private int stored(String platformId) {
            return jdbc.sql("select count(*) from interaction where platform_id = ?").param(platformId)
                    .query(Integer.class).single();
        }

        private static Instant instant(Object value) {
            return value instanceof Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
        }

        @Test
        void storesTheItemsThenTheCursorAndContinuesFromIt() {
            String id = "poll-" + System.nanoTime();
            poller.script.add(new PollOutcome.Polled(List.of(comment(id)), "c1"));

            assertThat(polling.pollDue()).isEqualTo(1);

            assertThat(stored(id)).isEqualTo(1);
            assertThat(row().get("poll_cursor")).isEqualTo("c1");
            makeDue();
            polling.pollDue();
            assertThat(poller.cursors).containsExactly(null, "c1");
        }

        @Test
        void pollsAgainOnlyAfterTheConnectorsInterval() {
            Instant before = Instant.now();
            polling.pollDue();

            assertThat(polling.pollDue()).isZero();
            assertThat(poller.polls.get()).isEqualTo(1);
            assertThat(instant(row().get("poll_due_at"))).isBetween(before.plus(ScriptedPoller.INTERVAL),
                    Instant.now().plus(ScriptedPoller.INTERVAL));
        }

        @Test
        void waitsAsLongAsThePlatformAsksAndPausesTheConnection() {
            poller.script.add(new ActionOutcome.RetryLater("quota", Duration.ofHours(5)));
            Instant before = Instant.now();

            polling.pollDue();

            Map<String, Object> row = row();
            assertThat(instant(row.get("poll_due_at"))).isAfterOrEqualTo(before.plus(Duration.ofHours(5)));
            assertThat(instant(row.get("paused_until"))).isAfterOrEqualTo(before.plus(Duration.ofHours(5)));
            assertThat(row.get("poll_cursor")).isNull();
            jdbc.sql("update channel_connection set poll_due_at = null where ente_id = 'mit'").update();
            assertThat(polling.pollDue()).as("paused: not polled even when due").isZero();
        }

        @Test
        void stopsTheConnectionWhenTheCredentialsAreRejected() {
            poller.script.add(new ActionOutcome.CredentialsRejected("invalid_grant"));

            polling.pollDue();
            makeDue();

            assertThat(row().get("state")).isEqualTo("CREDENTIALS_REJECTED");
            assertThat(polling.pollDue()).isZero();
            assertThat(poller.polls.get()).isEqualTo(1);
        }

        @Test
        void pollsAgainAtTheNextIntervalAfterARefusal() {
            poller.script.add(new ActionOutcome.Refused("invalidPageToken"));
            Instant before = Instant.now();

            polling.pollDue();

            assertThat(row().get("state")).isEqualTo("ACTIVE");
            assertThat(instant(row().get("poll_due_at"))).isBetween(before.plus(ScriptedPoller.INTERVAL),
                    Instant.now().plus(ScriptedPoller.INTERVAL));
        }

        @Test
        void aPageReceivedAgainAfterACrashStoresNothingTwice() {
            String id = "poll-" + System.nanoTime();
            poller.script.add(new PollOutcome.Polled(List.of(comment(id)), "c1"));
            polling.pollDue();
            // the node stopped before storing the cursor: the same page comes again
            jdbc.sql("update channel_connection set poll_cursor = null, poll_due_at = null where ente_id = 'mit'").update();
            poller.script.add(new PollOutcome.Polled(List.of(comment(id)), "c1"));

            polling.pollDue();

            assertThat(poller.cursors).containsExactly(null, null);
            assertThat(stored(id)).isEqualTo(1);
        }

        @Test
        void twoNodesPollingAtOnceNeverPollTheSameChannelTwice() throws Exception {
            CountDownLatch release = new CountDownLatch(1);
            poller.gate.set(release);
            int nodes = 4;
            CyclicBarrier start = new CyclicBarrier(nodes);
            List<Future<Integer>> polls = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(nodes)) {
                for (int i = 0; i < nodes; i++) {
                    polls.add(pool.submit(() -> {
                        start.await();
                        return polling.pollDue();
                    }));
                }
                await("one node polls").atMost(Duration.ofSeconds(10)).until(() -> poller.polls.get() == 1);
                for (Future<Integer> f : polls) {
                    if (f.isDone()) {
                        assertThat(f.get()).as("a node that did not get the claim polls nothing").isZero();
                    }
                }
                release.countDown();
                int total = 0;
                for (Future<Integer> f : polls) {
                    total += f.get(10, TimeUnit.SECONDS);
                }
                assertThat(total).isEqualTo(1);
            }
            assertThat(poller.polls.get()).isEqualTo(1);
        }

        @Test
        void holdsTheChannelForTheLeaseWhileItsPollRunsAndThenForOneInterval() throws Exception {
            CountDownLatch release = new CountDownLatch(1);
            poller.gate.set(release);
            Instant before = Instant.now();
            try (ExecutorService node = Executors.newSingleThreadExecutor()) {
                Future<Integer> polls = node.submit(polling::pollDue);
                await("the poll running").atMost(Duration.ofSeconds(10)).until(() -> poller.polls.get() == 1);

                assertThat(instant(row().get("poll_due_at"))).isAfterOrEqualTo(before.plus(Duration.ofMinutes(5)));

                release.countDown();
                assertThat(polls.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(instant(row().get("poll_due_at"))).isBetween(before.plus(ScriptedPoller.INTERVAL),
                    Instant.now().plus(ScriptedPoller.INTERVAL));
        }

        @Test
        void skipsAChannelAnotherNodeIsClaimingWithoutWaitingForIt() throws Exception {
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            try (ExecutorService other = Executors.newSingleThreadExecutor()) {
                Future<?> node = other.submit(() -> transactions.executeWithoutResult(tx -> {
                    jdbc.sql("select channel_id from channel_connection where ente_id = 'mit' for update").query().listOfRows();
                    locked.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
                assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

                long started = System.nanoTime();
                assertThat(polling.pollDue()).isZero();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

                release.countDown();
                node.get(10, TimeUnit.SECONDS);
            }
            assertThat(polling.pollDue()).isEqualTo(1);
        }
    }
}
