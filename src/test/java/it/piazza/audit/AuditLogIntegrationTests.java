package it.piazza.audit;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.testsupport.EmbeddedDatabases;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes appending to the same chains through one database, on both databases: each node moves a head from
 * where it last left it, so the other's appends must make it read the head again rather than fork the chain.
 */
class AuditLogIntegrationTests {

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

        @Autowired
        AuditLog node1;
        @Autowired
        JdbcClient jdbc;
        @Autowired
        JdbcTemplate jdbcTemplate;
        @Autowired
        TransactionTemplate transactions;
        @Autowired
        Clock clock;

        @Test
        void twoNodesAppendingInTurnFormOneChain() {
            AuditLog node2 = new AuditLog(jdbc, jdbcTemplate, clock);
            String ente = "ente-" + UUID.randomUUID().toString().substring(0, 8);
            String other = "altro-" + UUID.randomUUID().toString().substring(0, 8);

            for (int i = 0; i < 6; i++) {
                AuditLog node = i % 3 == 0 ? node2 : node1;
                int n = i;
                transactions.executeWithoutResult(status -> {
                    node.append(ente, "piazza", "DECISION", "d" + n, Map.of("n", n));
                    node.append(other, "piazza", "DECISION", "d" + n, Map.of("n", n));
                    node.append(ente, "anna", "REVIEW_CLAIMED", "i" + n, Map.of());
                });
            }

            for (String chain : List.of(ente, other)) {
                AuditChain.Verification verification = node1.verify(chain);
                assertThat(verification.intact()).as(chain + ": " + verification.problem()).isTrue();
            }
            assertThat(node1.verify(ente).entries()).isEqualTo(12);
            assertThat(node2.verify(other).entries()).isEqualTo(6);
            assertThat(node1.entries(ente, null, 100)).extracting(AuditEntry::subject)
                    .containsExactly("i5", "d5", "i4", "d4", "i3", "d3", "i2", "d2", "i1", "d1", "i0", "d0");
        }

        @Test
        void writesNothingWhenTheTransactionRollsBack() {
            String ente = "ente-" + UUID.randomUUID().toString().substring(0, 8);
            transactions.executeWithoutResult(status -> node1.append(ente, "piazza", "DECISION", "kept", Map.of()));

            transactions.executeWithoutResult(status -> {
                node1.append(ente, "piazza", "DECISION", "undone", Map.of());
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> node1.append(ente, "piazza", "DECISION", "after", Map.of()));

            assertThat(node1.entries(ente, null, 10)).extracting(AuditEntry::subject).containsExactly("after", "kept");
            assertThat(node1.verify(ente).intact()).isTrue();
        }
    }
}
