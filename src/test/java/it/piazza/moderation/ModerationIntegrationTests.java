package it.piazza.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.audit.AuditChain;
import it.piazza.audit.AuditLog;
import it.piazza.detection.Category;
import it.piazza.policy.ContentAction;
import it.piazza.policy.PolicyVersions;
import it.piazza.testsupport.DistinctWords;
import it.piazza.testsupport.EmbeddedDatabases;
import it.piazza.testsupport.TestPolicies;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The engine end to end on both databases: interactions stored once, decisions with their reasons, the
 * review queue, measures, appeals decided by another person, the audit chain, retention.
 */
class ModerationIntegrationTests {

    @Nested
    @SpringBootTest
    class OnH2 extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest
    class OnPostgres extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.postgres(registry);
        }
    }

    abstract static class Scenarios {

        static final String INSULT = "Sei un imbecille, vergognati";
        static final String CRITICISM = "Vergogna, strade piene di buche da mesi. L'assessore è incompetente e dovrebbe dimettersi.";

        @Autowired
        Moderation moderation;
        @Autowired
        Appeals appeals;
        @Autowired
        EvidenceRetention retention;
        @Autowired
        AuditLog audit;
        @Autowired
        PolicyVersions policies;
        @Autowired
        StaffAccounts staff;
        @Autowired
        JdbcClient jdbc;

        String anna;
        String bruno;

        @BeforeEach
        void staffAndTestEnte() {
            String suffix = DistinctWords.next();
            anna = "anna-" + suffix;
            bruno = "bruno-" + suffix;
            staff.create(anna, "Anna", "password-anna", Map.of("*", Set.of(Role.MODERATOR)));
            staff.create(bruno, "Bruno", "password-bruno", Map.of("*", Set.of(Role.MODERATOR, Role.MANAGER)));
            // never acts alone (a score of exactly 1 is needed): every finding goes to a person
            policies.importPolicy("prova.yaml", TestPolicies.testEnte(1.0, 0.5), "test");
        }

        private static NewInteraction comment(String platformId, String author, String text) {
            return new NewInteraction("facebook", InteractionKind.COMMENT, platformId, "post-1",
                    "Lavori notturni in via Appia: chiusura dalle 22 alle 6", null, author, "Utente " + author, text,
                    Instant.parse("2026-03-02T10:15:00Z"));
        }

        private static String id() {
            return UUID.randomUUID().toString();
        }

        @Test
        void storesAnInteractionOnceAndDecidesItByThePolicy() {
            String platformId = id();

            Received first = moderation.receive("roma-capitale", comment(platformId, "u-" + id(), INSULT));
            Received again = moderation.receive("roma-capitale", comment(platformId, "u-" + id(), INSULT));

            assertThat(first.duplicate()).isFalse();
            assertThat(first.decision().action()).isEqualTo(ContentAction.REMOVE);
            assertThat(first.decision().categories()).containsExactly(Category.INSULT);
            assertThat(first.decision().policyVersion()).isEqualTo(policies.current("roma-capitale").orElseThrow().version());
            assertThat(first.decision().reasons().grounds().getFirst().clause()).contains("volgare o irrispettoso");
            assertThat(first.decision().reasons().notice()).contains("Roma Capitale").contains("/ricorsi/nuovo?decisione=");
            assertThat(first.interaction().state()).isEqualTo(InteractionState.REMOVED);
            assertThat(again.duplicate()).isTrue();
            assertThat(again.decision().id()).isEqualTo(first.decision().id());
            assertThat(jdbc.sql("select count(*) from interaction where platform_id = ?").param(platformId)
                    .query(Integer.class).single()).isEqualTo(1);
        }

        @Test
        void storesACommentOnceWhenTwoNodesReceiveItAtTheSameMoment() throws Exception {
            String platformId = id();
            NewInteraction comment = comment(platformId, "u-" + id(), INSULT);

            List<Received> results = concurrently(2, n -> moderation.receive("comune-massa", comment));

            assertThat(results).filteredOn(r -> !r.duplicate()).hasSize(1);
            assertThat(results).extracting(r -> r.decision().id()).containsOnly(results.getFirst().decision().id());
            assertThat(jdbc.sql("select count(*) from decision d join interaction i on i.id = d.interaction_id where i.platform_id = ?")
                    .param(platformId).query(Integer.class).single()).isEqualTo(1);
            assertThat(audit.verify("comune-massa").intact()).isTrue();
        }

        @Test
        void chainsDecisionsTakenAtTheSameTimeIntoOneIntactChain() throws Exception {
            List<Received> results = concurrently(24, n -> moderation.receive(n % 2 == 0 ? "mit" : "comune-massa",
                    comment(id(), "u-" + id(), n % 3 == 0 ? INSULT : CRITICISM)));

            assertThat(audit.verify("mit").intact()).isTrue();
            assertThat(audit.verify("comune-massa").intact()).isTrue();
            List<String> logged = jdbc.sql("select subject from audit_entry where action = 'DECISION'").query(String.class).list();
            assertThat(results).extracting(r -> r.decision().id().toString()).allMatch(logged::contains);
        }

        /** Runs {@code tasks} calls on as many threads, released together, and returns their results. */
        private static <T> List<T> concurrently(int tasks, java.util.function.IntFunction<T> call) throws Exception {
            var start = new java.util.concurrent.CyclicBarrier(tasks);
            try (var threads = java.util.concurrent.Executors.newFixedThreadPool(tasks)) {
                List<java.util.concurrent.Future<T>> futures = java.util.stream.IntStream.range(0, tasks)
                        .mapToObj(n -> threads.submit(() -> {
                            start.await();
                            return call.apply(n);
                        })).toList();
                List<T> results = new java.util.ArrayList<>();
                for (var future : futures) {
                    results.add(future.get());
                }
                return results;
            }
        }

        @Test
        void keepsHarshCriticism() {
            Received received = moderation.receive("roma-capitale", comment(id(), "u-" + id(), CRITICISM));

            assertThat(received.decision().action()).isEqualTo(ContentAction.KEEP);
            assertThat(received.decision().categories()).isEmpty();
            assertThat(received.interaction().state()).isEqualTo(InteractionState.VISIBLE);
        }

        @Test
        void queuesAnUnsureCommentAndRecordsWhoDecidedAndWhy() {
            Received received = moderation.receive("comune-di-prova", comment(id(), "u-" + id(), INSULT));
            UUID interaction = received.interaction().id();
            assertThat(received.decision().action()).isEqualTo(ContentAction.REVIEW);
            assertThat(moderation.reviewQueue("comune-di-prova", 100)).extracting(i -> i.interaction().id()).contains(interaction);

            assertThat(moderation.claim("comune-di-prova", interaction, anna)).isInstanceOf(ClaimOutcome.Claimed.class);
            assertThat(moderation.claim("comune-di-prova", interaction, anna)).isInstanceOf(ClaimOutcome.Claimed.class);
            assertThat(audit.entries("comune-di-prova", "REVIEW_CLAIMED", 500))
                    .filteredOn(e -> e.subject().equals(interaction.toString())).as("claimed twice, recorded once").hasSize(1);
            assertThat(moderation.claim("comune-di-prova", interaction, bruno))
                    .isEqualTo(new ClaimOutcome.HeldByAnother(anna));
            assertThat(moderation.decide("comune-di-prova", interaction, bruno, ContentAction.REMOVE,
                    List.of(Category.INSULT), "no")).isInstanceOf(HumanDecisionOutcome.Refused.class);

            HumanDecisionOutcome outcome = moderation.decide("comune-di-prova", interaction, anna, ContentAction.KEEP,
                    List.of(), "Ironia tra amici, nessun insulto a terzi");

            assertThat(outcome).isInstanceOfSatisfying(HumanDecisionOutcome.Recorded.class, recorded -> {
                assertThat(recorded.decision().automated()).isFalse();
                assertThat(recorded.decision().decidedBy()).isEqualTo(anna);
                assertThat(recorded.decision().note()).isEqualTo("Ironia tra amici, nessun insulto a terzi");
                assertThat(recorded.decision().suggested()).isEqualTo(ContentAction.REMOVE);
                assertThat(recorded.decision().overridesSuggestion()).isTrue();
                assertThat(recorded.decision().supersedes()).isEqualTo(received.decision().id());
            });
            assertThat(moderation.reviewQueue("comune-di-prova", 100)).extracting(i -> i.interaction().id())
                    .doesNotContain(interaction);
            assertThat(moderation.interaction("comune-di-prova", interaction).orElseThrow().state())
                    .isEqualTo(InteractionState.VISIBLE);
        }

        @Test
        void refusesAGroundThePolicyDoesNotName() {
            Received received = moderation.receive("comune-di-prova", comment(id(), "u-" + id(), INSULT));

            HumanDecisionOutcome outcome = moderation.decide("comune-di-prova", received.interaction().id(), anna,
                    ContentAction.REMOVE, List.of(Category.LEGAL_DISPUTE), null);

            assertThat(outcome).isInstanceOfSatisfying(HumanDecisionOutcome.Refused.class,
                    refused -> assertThat(refused.reason()).contains("Controversie legali"));
        }

        @Test
        void anAppealIsDecidedByAnotherPersonAndAReversalRestoresTheComment() {
            Received received = moderation.receive("comune-di-prova", comment(id(), "u-" + id(), INSULT));
            UUID interaction = received.interaction().id();
            Decision removal = ((HumanDecisionOutcome.Recorded) moderation.decide("comune-di-prova", interaction, anna,
                    ContentAction.REMOVE, List.of(Category.INSULT), "Insulto")).decision();

            Appeal appeal = ((AppealOutcome.Done) appeals.file(removal.id(), "Era una citazione, non un insulto", null)).appeal();
            assertThat(appeals.file(removal.id(), "ancora", null)).isInstanceOf(AppealOutcome.Refused.class);
            assertThat(appeals.decide("comune-di-prova", appeal.id(), anna, true, "ok"))
                    .isInstanceOfSatisfying(AppealOutcome.Refused.class, r -> assertThat(r.reason()).contains("diversa"));

            AppealOutcome outcome = appeals.decide("comune-di-prova", appeal.id(), bruno, true, "Citazione, ripristinato");

            assertThat(outcome).isInstanceOfSatisfying(AppealOutcome.Done.class,
                    done -> assertThat(done.appeal().state()).isEqualTo(Appeal.AppealState.REVERSED));
            assertThat(moderation.interaction("comune-di-prova", interaction).orElseThrow().state())
                    .isEqualTo(InteractionState.VISIBLE);
            Decision reversal = moderation.history(interaction).getLast();
            assertThat(reversal.action()).isEqualTo(ContentAction.KEEP);
            assertThat(reversal.supersedes()).isEqualTo(removal.id());
            assertThat(jdbc.sql("select count(*) from strike where decision_id = ? and not revoked").param(removal.id())
                    .query(Integer.class).single()).isZero();
        }

        @Test
        void countsViolationsTowardsTheAuthorsMeasures() {
            String author = "u-" + id();
            moderation.receive("provincia-monza-brianza", comment(id(), author, INSULT));

            assertThat(jdbc.sql("select count(*) from strike where ente_id = 'provincia-monza-brianza' and author_id = ?")
                    .param(author).query(Integer.class).single()).isEqualTo(1);
        }

        @Test
        void logsEveryDecisionInAChainThatDetectsTampering() {
            Received received = moderation.receive("comune-massa", comment(id(), "u-" + id(), INSULT));
            assertThat(audit.verify("comune-massa").intact()).isTrue();
            assertThat(audit.entries("comune-massa", "DECISION", 10)).extracting(e -> e.subject())
                    .contains(received.decision().id().toString());

            long seq = audit.entries("comune-massa", "DECISION", 1).getFirst().seq();
            jdbc.sql("update audit_entry set actor = 'qualcun altro' where ente_id = 'comune-massa' and seq = ?").param(seq).update();

            AuditChain.Verification verification = audit.verify("comune-massa");
            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(seq);
        }

        @Test
        void purgesEvidenceAtTheEndOfTheRetentionPeriodAndLogsIt() {
            Received received = moderation.receive("comune-porto-sant-elpidio", comment(id(), "u-" + id(), INSULT));
            UUID decision = received.decision().id();
            assertThat(jdbc.sql("select content from evidence where decision_id = ?").param(decision).query(String.class)
                    .single()).isEqualTo(INSULT);
            jdbc.sql("update evidence set retain_until = ? where decision_id = ?")
                    .params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), decision).update();

            assertThat(retention.purgeExpired()).isGreaterThanOrEqualTo(1);

            assertThat(jdbc.sql("select count(*) from evidence where decision_id = ? and content is null and purged_at is not null")
                    .param(decision).query(Integer.class).single()).isEqualTo(1);
            assertThat(moderation.interaction("comune-porto-sant-elpidio", received.interaction().id()).orElseThrow().text()).isEmpty();
            assertThat(moderation.decision("comune-porto-sant-elpidio", decision).orElseThrow().reasons().evidence())
                    .allSatisfy(e -> assertThat(e.text()).isEmpty());
            assertThat(audit.entries("comune-porto-sant-elpidio", "EVIDENCE_PURGED", 5)).isNotEmpty();
            assertThat(audit.verify("comune-porto-sant-elpidio").intact()).isTrue();
        }
    }
}
