package it.piazza.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.piazza.testsupport.EmbeddedDatabases;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The policy history on both databases: presets imported at start, versions kept, nothing half-stored. */
class PolicyVersionsIntegrationTests {

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
        PolicyVersions versions;

        @Autowired
        JdbcClient jdbc;

        @Test
        void importsTheFivePresetsAtStart() {
            assertThat(versions.entes()).extracting(PolicyVersions.EnteSummary::id)
                    .containsExactlyInAnyOrderElementsOf(Presets.IDS);
            assertThat(versions.current("roma-capitale")).get()
                    .satisfies(p -> assertThat(p.policy().ente().name()).isEqualTo("Roma Capitale"));
        }

        @Test
        void keepsTheSameVersionWhenTheTextIsUnchanged() {
            int before = versions.current("comune-massa").orElseThrow().version();

            PolicyInForce again = versions.importPolicy("comune-massa.yaml", Presets.yaml("comune-massa"), "test");

            assertThat(again.version()).isEqualTo(before);
            assertThat(versions.history("comune-massa")).hasSize(before);
        }

        @Test
        void storesAChangedTextAsTheNextVersionAndKeepsTheOldOneAnswerable() {
            PolicyInForce first = versions.current("mit").orElseThrow();
            String changed = Presets.yaml("mit").replaceFirst("revision: .*", "revision: \"2027-01-01\"");

            PolicyInForce second = versions.importPolicy("mit.yaml", changed, "amministratore");

            assertThat(second.version()).isEqualTo(first.version() + 1);
            assertThat(versions.current("mit")).get().extracting(PolicyInForce::version).isEqualTo(second.version());
            assertThat(versions.inForceAt("mit", first.since())).get()
                    .extracting(PolicyInForce::version).isEqualTo(first.version());
            assertThat(versions.inForceAt("mit", Instant.EPOCH)).isEmpty();
            assertThat(versions.history("mit").getFirst().importedBy()).isEqualTo("amministratore");
        }

        @Test
        void storesNothingOfAnInvalidPolicy() {
            String broken = Presets.yaml("provincia-monza-brianza").replace("mode: A_POSTERIORI", "mode: SOMETIMES");
            int rows = jdbc.sql("select count(*) from policy_version").query(Integer.class).single();

            assertThatThrownBy(() -> versions.importPolicy("monza.yaml", broken, "test"))
                    .isInstanceOf(InvalidPolicyException.class)
                    .hasMessageContaining("moderation.mode");

            assertThat(jdbc.sql("select count(*) from policy_version").query(Integer.class).single()).isEqualTo(rows);
        }
    }
}
