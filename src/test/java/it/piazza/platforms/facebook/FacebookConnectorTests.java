package it.piazza.platforms.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.ConnectionState;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.Secrets;
import it.piazza.platforms.http.PlatformHttp;
import it.piazza.platforms.meta.FakeGraphApi;
import it.piazza.platforms.meta.FakeGraphApi.Comment;
import it.piazza.platforms.meta.FakeGraphApi.Failure;
import it.piazza.platforms.meta.Graph;
import it.piazza.platforms.meta.MetaActions;
import it.piazza.policy.Platform;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FacebookConnectorTests {

    private static final String PAGE = "1111111111";
    private static final String POST = PAGE + "_3333";
    private static final String TOKEN = "EAAG-token-della-pagina";

    private final FakeGraphApi fake = FakeGraphApi.start(TOKEN, PAGE, "17841400000000000");
    private final FacebookConnector connector = new FacebookConnector(new Graph(new PlatformHttp(), Clock.systemUTC()),
            Clock.systemUTC());
    private final ChannelConnection connection = connection(fake.base(), Map.of());

    @AfterEach
    void stop() {
        fake.close();
    }

    private static ChannelConnection connection(URI base, Map<String, String> extraSettings) {
        Map<String, String> settings = new HashMap<>(Map.of("page_id", PAGE, "graph_version", "v26.0"));
        settings.putAll(extraSettings);
        return new ChannelConnection("comune-massa", "facebook", Platform.FACEBOOK, "facebook", base, settings,
                new Secrets(Map.of("access_token", TOKEN, "app_secret", "s", "verify_token", "v")), ConnectionState.ACTIVE);
    }

    private Comment comment(String id) {
        return fake.add(new Comment(id, false, POST, null, "2222", "Mario Rossi", "Che vergogna, siete dei ladri",
                Instant.now().minus(Duration.ofHours(2)), false, false));
    }

    private static PlatformAction action(ActionKind kind, String target, @Nullable String text) {
        return new PlatformAction(kind, target, POST, "2222", text, null, Instant.now());
    }

    private ActionOutcome perform(PlatformAction action) {
        return connector.perform(connection, action, "chiave-1");
    }

    @Test
    void hidesAndUnhidesACommentWithIsHidden() {
        comment("3333_1");

        assertThat(perform(action(ActionKind.HIDE, "3333_1", null))).isEqualTo(new ActionOutcome.Done("3333_1"));
        assertThat(fake.comment("3333_1").hidden()).isTrue();
        assertThat(perform(action(ActionKind.UNHIDE, "3333_1", null))).isEqualTo(new ActionOutcome.Done("3333_1"));
        assertThat(fake.comment("3333_1").hidden()).isFalse();
        assertThat(fake.count("hide", "3333_1")).isEqualTo(1);
        assertThat(fake.count("unhide", "3333_1")).isEqualTo(1);
    }

    @Test
    void deletesACommentAndRefusesToDeleteItAgain() {
        comment("3333_2");

        assertThat(perform(action(ActionKind.REMOVE, "3333_2", null))).isEqualTo(new ActionOutcome.Done("3333_2"));
        assertThat(fake.comment("3333_2").deleted()).isTrue();
        assertThat(perform(action(ActionKind.REMOVE, "3333_2", null))).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("does not exist", "code 100"));
    }

    @Test
    void repliesInPublicUnderTheComment() {
        comment("3333_3");

        ActionOutcome outcome = perform(action(ActionKind.REPLY_PUBLIC, "3333_3", "Gentile Mario, l'ufficio è aperto il martedì."));

        assertThat(fake.replies("3333_3")).singleElement().satisfies(reply -> {
            assertThat(outcome).isEqualTo(new ActionOutcome.Done(reply.id()));
            assertThat(reply.fromId()).isEqualTo(PAGE);
            assertThat(reply.text()).isEqualTo("Gentile Mario, l'ufficio è aperto il martedì.");
        });
    }

    @Test
    void writesOnePrivateReplyToACommentAndNoSecond() {
        comment("3333_4");
        PlatformAction warning = action(ActionKind.REPLY_PRIVATE, "3333_4", "Il suo commento viola la policy del Comune.");

        assertThat(perform(warning)).isInstanceOf(ActionOutcome.Done.class);
        assertThat(perform(warning)).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("already replied"));
        assertThat(fake.sent()).singleElement().satisfies(s -> {
            assertThat(s.commentId()).isEqualTo("3333_4");
            assertThat(s.from()).isEqualTo(PAGE);
        });
    }

    @Test
    void refusesAPrivateReplyOutsideTheSevenDays() {
        fake.add(new Comment("3333_5", false, POST, null, "2222", "Mario Rossi", "Vecchio", Instant.now().minus(Duration.ofDays(8)),
                false, false));

        assertThat(perform(action(ActionKind.REPLY_PRIVATE, "3333_5", "Avviso"))).isInstanceOfSatisfying(
                ActionOutcome.Refused.class, r -> assertThat(r.reason()).contains("window"));
    }

    @Test
    void answersAPrivateMessageToItsSenderAsAResponse() {
        PlatformAction answer = new PlatformAction(ActionKind.REPLY_PRIVATE, "m_AbC", null, "9999",
                "Buongiorno, può prenotare allo sportello.", null, Instant.now());

        assertThat(perform(answer)).isInstanceOf(ActionOutcome.Done.class);
        assertThat(fake.sent()).singleElement().satisfies(s -> {
            assertThat(s.recipientId()).isEqualTo("9999");
            assertThat(s.commentId()).isNull();
        });
    }

    @Test
    void refusesToHideAPrivateMessageWithoutCallingMeta() {
        PlatformAction hide = new PlatformAction(ActionKind.HIDE, "m_AbC", null, "9999", null, null, Instant.now());

        assertThat(perform(hide)).isInstanceOf(ActionOutcome.Refused.class);
        assertThat(fake.attempts("hide", "m_AbC")).isEmpty();
    }

    @Test
    void blocksAndUnblocksTheAuthor() {
        assertThat(perform(action(ActionKind.BAN, "2222", null))).isEqualTo(new ActionOutcome.Done("2222"));
        assertThat(fake.blocks("2222")).isTrue();
        assertThat(perform(action(ActionKind.UNBAN, "2222", null))).isEqualTo(new ActionOutcome.Done("2222"));
        assertThat(fake.blocks("2222")).isFalse();
    }

    @Test
    void publishesOnThePagesFeed() {
        ActionOutcome outcome = perform(new PlatformAction(ActionKind.PUBLISH, PAGE, null, null,
                "Da lunedì riapre l'ufficio anagrafe di piazza Aranci.", null, null));

        assertThat(fake.published()).singleElement().satisfies(id -> assertThat(outcome).isEqualTo(new ActionOutcome.Done(id)));
    }

    @Test
    void declaresEveryActionAndThePrivateReplyWindow() {
        assertThat(connector.capabilities(connection).actions()).isEqualTo(EnumSet.allOf(ActionKind.class));
        assertThat(connector.capabilities(connection).windows()).containsEntry(ActionKind.REPLY_PRIVATE, MetaActions.WINDOW);
    }

    @Test
    void waitsAsTheRateLimitSays() {
        comment("3333_6");
        fake.failNext("hide", Failure.rateLimit(32, 7));

        assertThat(perform(action(ActionKind.HIDE, "3333_6", null))).isInstanceOfSatisfying(ActionOutcome.RetryLater.class,
                r -> assertThat(r.after()).isEqualTo(Duration.ofSeconds(7)));
        assertThat(fake.comment("3333_6").hidden()).isFalse();
    }

    @Test
    void waitsForTheBusinessUseCaseLimitToPass() {
        comment("3333_7");
        fake.failNext("hide", Failure.businessUseCaseLimit(PAGE, 12));

        assertThat(perform(action(ActionKind.HIDE, "3333_7", null))).isInstanceOfSatisfying(ActionOutcome.RetryLater.class,
                r -> assertThat(r.after()).isEqualTo(Duration.ofMinutes(12)));
    }

    @Test
    void retriesAServerErrorAndSucceedsOnce() {
        comment("3333_8");
        fake.failNext("delete", Failure.serverError());

        assertThat(perform(action(ActionKind.REMOVE, "3333_8", null))).isInstanceOf(ActionOutcome.RetryLater.class);
        assertThat(perform(action(ActionKind.REMOVE, "3333_8", null))).isInstanceOf(ActionOutcome.Done.class);
        assertThat(fake.count("delete", "3333_8")).isEqualTo(1);
        assertThat(fake.attempts("delete", "3333_8")).hasSize(2);
    }

    @Test
    void stopsOnAnExpiredToken() {
        comment("3333_9");
        fake.expireToken();

        assertThat(perform(action(ActionKind.HIDE, "3333_9", null))).isInstanceOfSatisfying(
                ActionOutcome.CredentialsRejected.class, r -> assertThat(r.reason()).contains("463").doesNotContain(TOKEN));
    }

    @Test
    void refusesAMissingPermission() {
        comment("3333_10");
        fake.failNext("hide", Failure.graphError(200, 0, "(#200) Permissions error"));

        assertThat(perform(action(ActionKind.HIDE, "3333_10", null))).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("pages_manage_engagement"));
    }

    @Test
    void retriesWhenMetaCannotBeReached() {
        ChannelConnection unreachable = connection(URI.create("http://127.0.0.1:1"), Map.of());

        assertThat(connector.perform(unreachable, action(ActionKind.HIDE, "3333_1", null), "k"))
                .isInstanceOf(ActionOutcome.RetryLater.class);
    }

    @Test
    void refusesAGraphVersionThatIsNotOne() {
        ChannelConnection wrong = connection(fake.base(), Map.of("graph_version", "25"));

        assertThatThrownBy(() -> connector.perform(wrong, action(ActionKind.HIDE, "3333_1", null), "k"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("v25.0");
    }

    @Test
    void confirmsAHideOnlyWhenTheCommentIsHidden() {
        comment("3333_11");
        PlatformAction hide = action(ActionKind.HIDE, "3333_11", null);

        assertThat(connector.confirm(connection, hide, "k")).isEmpty();
        perform(hide);
        assertThat(connector.confirm(connection, hide, "k")).contains(new ActionOutcome.Done("3333_11"));
    }

    @Test
    void confirmsADeletionWhenTheCommentIsGone() {
        comment("3333_12");
        PlatformAction remove = action(ActionKind.REMOVE, "3333_12", null);

        assertThat(connector.confirm(connection, remove, "k")).isEmpty();
        perform(remove);
        assertThat(connector.confirm(connection, remove, "k")).contains(new ActionOutcome.Done("3333_12"));
    }

    @Test
    void confirmsAPublicReplyByFindingThePagesReplyWithTheSameText() {
        comment("3333_13");
        PlatformAction reply = action(ActionKind.REPLY_PUBLIC, "3333_13", "Grazie della segnalazione.");

        assertThat(connector.confirm(connection, reply, "k")).isEmpty();
        ActionOutcome done = perform(reply);
        assertThat(connector.confirm(connection, reply, "k")).contains(done);
    }

    @Test
    void confirmsABlockWhenThePageListsTheUser() {
        PlatformAction ban = action(ActionKind.BAN, "2223", null);

        assertThat(connector.confirm(connection, ban, "k")).isEmpty();
        perform(ban);
        assertThat(connector.confirm(connection, ban, "k")).contains(new ActionOutcome.Done("2223"));
    }
}
