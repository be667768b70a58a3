package it.piazza.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.moderation.Moderation;
import it.piazza.policy.PolicyVersions;
import it.piazza.testsupport.EmbeddedDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo mode gives every role an account and every ente a queue, once, however often Piazza restarts. */
@SpringBootTest(properties = "piazza.demo=true")
class DemoDataIntegrationTests {

    @Autowired
    DemoData demo;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PolicyVersions policies;
    @Autowired
    Moderation moderation;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @Test
    void createsAnAccountPerRoleAndAQueueForEveryEnteOnce() {
        int interactions = jdbc.sql("select count(*) from interaction").query(Integer.class).single();

        demo.run(new DefaultApplicationArguments());

        assertThat(accounts.find("moderatore")).hasValueSatisfying(m -> assertThat(m.can("roma-capitale", Role.MODERATOR)).isTrue());
        assertThat(accounts.find("redattore")).hasValueSatisfying(m -> assertThat(m.can("roma-capitale", Role.AUDITOR)).isFalse());
        assertThat(accounts.passwordHash("revisore")).isPresent();
        assertThat(policies.entes()).allSatisfy(e -> assertThat(moderation.reviewQueue(e.id(), 100)).isNotEmpty());
        assertThat(interactions).isGreaterThanOrEqualTo(20 * policies.entes().size());
        assertThat(jdbc.sql("select count(*) from interaction").query(Integer.class).single()).isEqualTo(interactions);
    }
}
