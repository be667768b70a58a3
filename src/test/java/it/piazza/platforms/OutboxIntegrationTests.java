package it.piazza.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.piazza.audit.AuditLog;
import it.piazza.testsupport.EmbeddedDatabases;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

/**
 * The outbox on both databases with a connector whose answers are scripted: done once, the platform's wait
 * respected, dead letters retried by a person, rejected credentials stopping the connection, a lost answer
 * confirmed instead of repeated, and actions on one target kept in order.
 */
class OutboxIntegrationTests {

    static final String ENTE = "comune-massa";
    static final String CHANNEL = "facebook";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @TestConfiguration
    static class Scripted {
        @Bean
        ScriptedConnector scriptedConnector() {
            return new ScriptedConnector();
        }
    }

    @Nested
    @SpringBootTest(properties = {"piazza.outbox.poll=PT0.05S", "piazza.outbox.backoff-base=PT0.1S",
            "piazza.outbox.max-attempts=4"})
    @Import(Scripted.class)
    class OnH2 extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest(properties = {"piazza.outbox.poll=PT0.05S", "piazza.outbox.backoff-base=PT0.1S",
            "piazza.outbox.max-attempts=4"})
    @Import(Scripted.class)
    class OnPostgres extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.postgres(registry);
        }
    }

    abstract static class Scenarios {

        @Autowired
        ScriptedConnector platform;
        @Autowired
        ActionOutbox outbox;
        @Autowired
        ChannelConnections connections;
        @Autowired
        AuditLog audit;
        @Autowired
        JdbcClient jdbc;

        @BeforeEach
        void connected() {
            platform.capabilities(Capabilities.of(Set.of(ActionKind.values()), Receiving.WEBHOOK));
            connections.connect(ENTE, CHANNEL, "scripted", null, Map.of(), Secrets.NONE, "test");
        }

        @Test
        void carriesOutAnActionOnceAndLogsIt() {
            String target = queue(ActionKind.HIDE);

            OutboxEntry done = awaitState(target, ActionState.DONE);

            assertThat(platform.calls(target)).hasSize(1);
            assertThat(done.reference()).isEqualTo("ref-" + target);
            assertThat(audit.entries(ENTE, "PLATFORM_ACTION_DONE", 500)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("PLATFORM_ACTION_DONE");
                assertThat(e.subject()).isEqualTo(done.id().toString());
            });
        }

        @Test
        void waitsAsLongAsThePlatformAsksBeforeTryingAgain() {
            String target = "t-" + UUID.randomUUID();
            platform.answer(target, new ActionOutcome.RetryLater("HTTP 429", Duration.ofSeconds(2)));
            queue(target, ActionKind.HIDE);

            awaitState(target, ActionState.DONE);

            List<ScriptedConnector.Call> calls = platform.calls(target);
            assertThat(calls).hasSize(2);
            assertThat(Duration.between(calls.get(0).at(), calls.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        }

        @Test
        void backsOffAfterPassingFailuresAndSucceedsOnce() {
            String target = "t-" + UUID.randomUUID();
            platform.answer(target, new ActionOutcome.RetryLater("HTTP 503", null),
                    new ActionOutcome.RetryLater("HTTP 502", null));
            queue(target, ActionKind.REMOVE);

            OutboxEntry done = awaitState(target, ActionState.DONE);

            assertThat(platform.calls(target)).hasSize(3);
            assertThat(done.attempts()).isEqualTo(3);
        }

        @Test
        void endsInTheDeadLettersWhenRefusedAndIsRetriedByAPerson() {
            String target = "t-" + UUID.randomUUID();

            OutboxEntry dead = refusedRemoval(target);

            assertThat(dead.lastError()).contains("Object does not exist");
            assertThat(platform.calls(target)).hasSize(1);

            assertThat(outbox.retry(ENTE, dead.id(), "ada")).isTrue();
            awaitState(target, ActionState.DONE);
            assertThat(platform.calls(target)).hasSize(2);
            assertThat(audit.entries(ENTE, "PLATFORM_ACTION_RETRIED", 500))
                    .filteredOn(e -> e.subject().equals(dead.id().toString()))
                    .singleElement().satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("ada");
                        assertThat(e.details()).contains(target);
                    });
            assertThat(outbox.retry(ENTE, dead.id(), "ada")).as("no longer a dead letter").isFalse();
        }

        @Test
        void givesUpAfterTheLastAttempt() {
            String target = "t-" + UUID.randomUUID();
            ActionOutcome failing = new ActionOutcome.RetryLater("HTTP 500", null);
            platform.answer(target, failing, failing, failing, failing, failing);
            queue(target, ActionKind.HIDE);

            OutboxEntry dead = awaitState(target, ActionState.DEAD);

            assertThat(dead.lastError()).startsWith("still failing after 4 attempts");
            assertThat(platform.calls(target)).hasSize(4);
        }

        @Test
        void stopsTheConnectionWhenCredentialsAreRejectedAndResumesWithNewOnes() {
            String target = "t-" + UUID.randomUUID();
            platform.answer(target, new ActionOutcome.CredentialsRejected("(#190) Session has expired"));
            queue(target, ActionKind.HIDE);

            await().atMost(PATIENCE).until(() -> status().state() == ConnectionState.CREDENTIALS_REJECTED);
            assertThat(status().reason()).contains("Session has expired");
            assertThat(entry(target).state()).isEqualTo(ActionState.PENDING);
            int callsWhileStopped = platform.calls(target).size();

            connections.connect(ENTE, CHANNEL, "scripted", null, Map.of(), Secrets.NONE, "admin");
            awaitState(target, ActionState.DONE);
            assertThat(callsWhileStopped).isEqualTo(1);
            assertThat(platform.calls(target)).hasSize(2);
        }

        @Test
        void confirmsAnActionWhoseAnswerWasLostInsteadOfRepeatingIt() {
            String target = "t-" + UUID.randomUUID();
            platform.showDone(target);
            queue(target, ActionKind.REPLY_PUBLIC);
            // as a node that died during the call leaves it: in flight, lease run out
            jdbc.sql("update platform_action set state = 'IN_FLIGHT', attempts = 1, claimed_by = 'dead-node', lease_until = ? where target_id = ?")
                    .params(Timestamp.from(Instant.now().minusSeconds(1)), target).update();

            OutboxEntry done = awaitState(target, ActionState.DONE);

            assertThat(platform.confirmed).contains(target);
            assertThat(platform.calls(target)).isEmpty();
            assertThat(done.reference()).isEqualTo("confirmed-" + target);
        }

        @Test
        void keepsTheOrderOfActionsOnTheSameTarget() {
            String target = "t-" + UUID.randomUUID();
            platform.answer(target, new ActionOutcome.RetryLater("HTTP 503", null));
            queue(target, ActionKind.HIDE);
            queue(target, ActionKind.UNHIDE);

            await().atMost(PATIENCE).until(() -> entries(target).stream().allMatch(e -> e.state() == ActionState.DONE));

            assertThat(platform.calls(target)).extracting(ScriptedConnector.Call::kind)
                    .containsExactly(ActionKind.HIDE, ActionKind.HIDE, ActionKind.UNHIDE);
        }

        @Test
        void handsToAPersonWhatThePlatformAllowsOnlyWithinAWindow() {
            platform.capabilities(Capabilities.of(Set.of(ActionKind.values()), Receiving.WEBHOOK)
                    .within(ActionKind.REPLY_PRIVATE, Duration.ofDays(7)));
            String target = "t-" + UUID.randomUUID();
            outbox.enqueue(ENTE, CHANNEL, null, new PlatformAction(ActionKind.REPLY_PRIVATE, target, null, "a1",
                    "Gentile utente, ...", null, Instant.now().minus(Duration.ofDays(8))), target, "test");

            OutboxEntry manual = awaitState(target, ActionState.MANUAL);

            assertThat(manual.lastError()).contains("within 168 hours");
            assertThat(platform.calls(target)).isEmpty();
        }

        @Test
        void aPersonSettlesAnActionHandedToThemOnceAndTheAuditLogNamesThem() {
            String target = "t-" + UUID.randomUUID();
            outbox.handToPerson(ENTE, CHANNEL, null, new PlatformAction(ActionKind.BAN, target, null, target, null, null,
                    null), "ban-" + target, "no ban here");
            UUID id = entry(target).id();

            assertThat(outbox.settle("roma-capitale", id, true, "mara")).isEmpty();
            assertThat(outbox.settle(ENTE, id, true, "mara")).isPresent();
            assertThat(outbox.settle(ENTE, id, false, "ugo")).isEmpty();

            OutboxEntry settled = entry(target);
            assertThat(settled.state()).isEqualTo(ActionState.DONE_BY_HAND);
            assertThat(outbox.counts(ENTE)).containsKey(ActionState.DONE_BY_HAND);
            assertThat(outbox.counts(ENTE).values()).allMatch(n -> n > 0);
            assertThat(jdbc.sql("select settled_by from platform_action where id = ?").param(id).query(String.class)
                    .single()).isEqualTo("mara");
            assertThat(audit.entries(ENTE, "PLATFORM_ACTION_DONE_BY_HAND", 500))
                    .filteredOn(e -> e.subject().equals(id.toString()))
                    .singleElement().satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("mara");
                        assertThat(e.details()).contains(target).contains("BAN");
                    });
            assertThat(platform.calls(target)).isEmpty();
        }

        @Test
        void onlyActionsWaitingForAPersonCanBeSettledByHand() {
            String target = "t-" + UUID.randomUUID();
            OutboxEntry dead = refusedRemoval(target);

            assertThat(outbox.settle(ENTE, dead.id(), false, "mara")).isEmpty();
            assertThat(entry(target).state()).isEqualTo(ActionState.DEAD);
        }

        @Test
        void storesAnActionOncePerIdempotencyKey() {
            String target = "t-" + UUID.randomUUID();
            PlatformAction hide = new PlatformAction(ActionKind.HIDE, target, null, null, null, null, null);

            assertThat(outbox.enqueue(ENTE, CHANNEL, null, hide, "same-key-" + target, "test")).isTrue();
            assertThat(outbox.enqueue(ENTE, CHANNEL, null, hide, "same-key-" + target, "test")).isFalse();
            awaitState(target, ActionState.DONE);
            assertThat(platform.calls(target)).hasSize(1);
        }

        /** @return the dead letter of a removal of {@code target} the platform refused */
        private OutboxEntry refusedRemoval(String target) {
            platform.answer(target, new ActionOutcome.Refused("(#100) Object does not exist"));
            queue(target, ActionKind.REMOVE);
            return awaitState(target, ActionState.DEAD);
        }

        private String queue(ActionKind kind) {
            String target = "t-" + UUID.randomUUID();
            queue(target, kind);
            return target;
        }

        private void queue(String target, ActionKind kind) {
            outbox.enqueue(ENTE, CHANNEL, null, new PlatformAction(kind, target, null, null, null, null, null),
                    target + ":" + kind, "test");
        }

        private OutboxEntry awaitState(String target, ActionState state) {
            await().atMost(PATIENCE).until(() -> entry(target).state() == state);
            return entry(target);
        }

        private OutboxEntry entry(String target) {
            List<OutboxEntry> found = entries(target);
            assertThat(found).hasSize(1);
            return found.getFirst();
        }

        private List<OutboxEntry> entries(String target) {
            return outbox.entries(ENTE, Set.of(ActionState.values()), 10_000).stream()
                    .filter(e -> e.action().targetId().equals(target))
                    .sorted(java.util.Comparator.comparing(OutboxEntry::createdAt)).toList();
        }

        private ConnectionStatus status() {
            return connections.statuses(ENTE).stream().filter(s -> s.channelId().equals(CHANNEL)).findFirst().orElseThrow();
        }
    }
}
