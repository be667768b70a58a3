package it.piazza.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import it.piazza.moderation.Received;
import it.piazza.policy.ContentAction;
import it.piazza.testsupport.EmbeddedDatabases;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Decisions of the engine become platform actions in the decision's transaction, with the fallback the
 * platform's capabilities call for.
 */
@SpringBootTest(properties = "piazza.outbox.poll=PT1H")
@Import(OutboxIntegrationTests.Scripted.class)
class ActionPlanIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @Autowired
    ScriptedConnector platform;
    @Autowired
    ChannelConnections connections;
    @Autowired
    ActionOutbox outbox;
    @Autowired
    Moderation moderation;
    @Autowired
    BanExpiry banExpiry;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void connected() {
        connections.connect("comune-massa", "facebook", "scripted", null, Map.of(), Secrets.NONE, "test");
    }

    @Test
    void removesWhereThePlatformAllowsIt() {
        platform.capabilities(Capabilities.of(EnumSet.allOf(ActionKind.class), Receiving.WEBHOOK));

        Received insult = receive("Sei un imbecille e un idiota, vergognati");

        assertThat(insult.decision().action()).isEqualTo(ContentAction.REMOVE);
        assertThat(onContent(insult)).singleElement().satisfies(a -> {
            assertThat(a.action().kind()).isEqualTo(ActionKind.REMOVE);
            assertThat(a.action().targetId()).isEqualTo(insult.interaction().platformId());
            assertThat(a.state()).isEqualTo(ActionState.PENDING);
            assertThat(a.purpose()).isEqualTo("decision");
        });
    }

    @Test
    void hidesWhereOthersCommentsCannotBeRemoved() {
        platform.capabilities(Capabilities.of(Set.of(ActionKind.HIDE, ActionKind.UNHIDE, ActionKind.REPLY_PUBLIC),
                Receiving.WEBHOOK));

        Received insult = receive("Sei un imbecille e un idiota, vergognati");

        assertThat(onContent(insult)).singleElement().satisfies(a -> {
            assertThat(a.action().kind()).isEqualTo(ActionKind.HIDE);
            assertThat(a.purpose()).contains("does not allow REMOVE");
        });
    }

    @Test
    void handsToAPersonWhatThePlatformCannotDo() {
        platform.capabilities(Capabilities.of(Set.of(ActionKind.REPLY_PUBLIC), Receiving.POLLING));

        Received insult = receive("Sei un imbecille e un idiota, vergognati");

        assertThat(onContent(insult)).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(ActionState.MANUAL);
            assertThat(a.lastError()).contains("does not allow REMOVE nor HIDE");
        });
    }

    @Test
    void warnsTheAuthorInPrivateWithTheNoticeWhereThePlatformAllowsIt() {
        platform.capabilities(Capabilities.of(EnumSet.allOf(ActionKind.class), Receiving.WEBHOOK));

        Received insult = receive("Sei un imbecille e un idiota, vergognati");

        assertThat(insult.decision().measures()).extracting(Enum::name).contains("WARN");
        assertThat(warnings(insult)).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(ActionState.PENDING);
            assertThat(a.action().text()).contains("Comune di Massa").contains("/ricorsi/nuovo?decisione=" + insult.decision().id());
        });
    }

    @Test
    void leavesTheNoticeToAPersonWhereNoPrivateMessageIsPossible() {
        platform.capabilities(Capabilities.of(Set.of(ActionKind.HIDE, ActionKind.REMOVE), Receiving.POLLING));

        Received insult = receive("Sei un imbecille e un idiota, vergognati");

        assertThat(warnings(insult)).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(ActionState.MANUAL);
            assertThat(a.lastError()).contains("no private message");
            assertThat(a.action().text()).contains("Gentile utente");
        });
    }

    @Test
    void liftsABanOnThePlatformWhenItsEndDateComes() {
        platform.capabilities(Capabilities.of(EnumSet.allOf(ActionKind.class), Receiving.WEBHOOK));
        String author = "recidivo-" + UUID.randomUUID();
        Received third = null;
        for (int i = 1; i <= 3; i++) {
            third = receive(author, "Sei un imbecille e un idiota, vergognati " + i);
        }
        UUID banDecision = third.decision().id();
        assertThat(outbox.ofDecision("comune-massa", banDecision)).extracting(a -> a.action().kind()).contains(ActionKind.BAN);
        jdbc.sql("update sanction set ends_at = ? where decision_id = ? and measure = 'BAN'")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), banDecision).update();

        banExpiry.liftEnded();
        banExpiry.liftEnded();

        assertThat(outbox.ofDecision("comune-massa", banDecision)).filteredOn(a -> a.action().kind() == ActionKind.UNBAN)
                .singleElement().satisfies(a -> {
                    assertThat(a.action().targetId()).isEqualTo(author);
                    assertThat(a.purpose()).isEqualTo("the ban ended");
                });
    }

    @Test
    void leavesKeptCommentsAlone() {
        Received question = receive("Buongiorno, quando riapre la biblioteca comunale dopo i lavori?");

        assertThat(question.decision().action()).isEqualTo(ContentAction.KEEP);
        assertThat(actions(question)).isEmpty();
    }

    @Test
    void queuesNothingForChannelsWithoutAConnection() {
        Received insult = moderation.receive("comune-massa", new NewInteraction("instagram", InteractionKind.COMMENT,
                "ig-" + UUID.randomUUID(), "post-1", "Avviso", null, "a-" + UUID.randomUUID(), "Autore",
                "Sei un imbecille e un idiota, vergognati", Instant.now()));

        assertThat(insult.decision().action()).isEqualTo(ContentAction.REMOVE);
        assertThat(outbox.ofDecision("comune-massa", insult.decision().id())).isEmpty();
    }

    private Received receive(String text) {
        return receive("a-" + UUID.randomUUID(), text);
    }

    private Received receive(String author, String text) {
        return moderation.receive("comune-massa", new NewInteraction("facebook", InteractionKind.COMMENT,
                "c-" + UUID.randomUUID(), "post-1", "Avviso: raccolta rifiuti", null, author, "Autore", text, Instant.now()));
    }

    private List<OutboxEntry> onContent(Received received) {
        return actions(received).stream().filter(a -> a.action().kind() != ActionKind.REPLY_PRIVATE).toList();
    }

    private List<OutboxEntry> warnings(Received received) {
        return actions(received).stream().filter(a -> a.action().kind() == ActionKind.REPLY_PRIVATE).toList();
    }

    private List<OutboxEntry> actions(Received received) {
        return outbox.ofDecision("comune-massa", received.decision().id());
    }
}
