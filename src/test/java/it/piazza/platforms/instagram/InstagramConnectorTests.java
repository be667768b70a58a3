package it.piazza.platforms.instagram;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InstagramConnectorTests {

    private static final String IG = "17841400000000000";
    private static final String MEDIA = "18000000000000000";
    private static final String TOKEN = "IGAA-token-di-prova";

    private final FakeGraphApi fake = FakeGraphApi.start(TOKEN, "1111111111", IG);
    private final InstagramConnector connector = new InstagramConnector(new Graph(new PlatformHttp(), Clock.systemUTC()),
            Clock.systemUTC());
    private final ChannelConnection connection = new ChannelConnection("comune-massa", "instagram",
            it.piazza.policy.Platform.INSTAGRAM, "instagram", fake.base(), Map.of("ig_user_id", IG),
            new Secrets(Map.of("access_token", TOKEN, "app_secret", "s", "verify_token", "v")), ConnectionState.ACTIVE);

    @AfterEach
    void stop() {
        fake.close();
    }

    private void comment(String id) {
        fake.add(new Comment(id, true, MEDIA, null, "6000", "mario.rossi", "Vergognatevi", Instant.now(), false, false));
    }

    private ActionOutcome perform(ActionKind kind, String target, @Nullable String text) {
        return connector.perform(connection, new PlatformAction(kind, target, MEDIA, "6000", text, null, Instant.now()), "k");
    }

    @Test
    void hidesAndUnhidesWithTheHideParameter() {
        comment("17900000000000001");

        assertThat(perform(ActionKind.HIDE, "17900000000000001", null)).isEqualTo(new ActionOutcome.Done("17900000000000001"));
        assertThat(fake.comment("17900000000000001").hidden()).isTrue();
        assertThat(perform(ActionKind.UNHIDE, "17900000000000001", null)).isInstanceOf(ActionOutcome.Done.class);
        assertThat(fake.comment("17900000000000001").hidden()).isFalse();
    }

    @Test
    void deletesAComment() {
        comment("17900000000000002");

        assertThat(perform(ActionKind.REMOVE, "17900000000000002", null)).isInstanceOf(ActionOutcome.Done.class);
        assertThat(fake.comment("17900000000000002").deleted()).isTrue();
        assertThat(fake.count("delete", "17900000000000002")).isEqualTo(1);
    }

    @Test
    void repliesUnderTheCommentAndConfirmsTheReply() {
        comment("17900000000000003");
        PlatformAction reply = new PlatformAction(ActionKind.REPLY_PUBLIC, "17900000000000003", MEDIA, "6000",
                "Gentile utente, trova gli orari sul sito del Comune.", null, Instant.now());

        assertThat(connector.confirm(connection, reply, "k")).isEmpty();
        ActionOutcome done = connector.perform(connection, reply, "k");
        assertThat(fake.replies("17900000000000003")).singleElement().satisfies(r -> {
            assertThat(done).isEqualTo(new ActionOutcome.Done(r.id()));
            assertThat(r.fromId()).isEqualTo(IG);
        });
        assertThat(connector.confirm(connection, reply, "k")).contains(done);
    }

    @Test
    void writesAPrivateReplyFromTheAccount() {
        comment("17900000000000004");

        assertThat(perform(ActionKind.REPLY_PRIVATE, "17900000000000004", "Il suo commento è stato rimosso."))
                .isInstanceOf(ActionOutcome.Done.class);
        assertThat(fake.sent()).singleElement().satisfies(s -> {
            assertThat(s.from()).isEqualTo(IG);
            assertThat(s.commentId()).isEqualTo("17900000000000004");
        });
    }

    @Test
    void sendsPrivateRepliesFromTheLinkedPageWithFacebookLogin() {
        comment("17900000000000007");
        ChannelConnection facebookLogin = new ChannelConnection("comune-massa", "instagram",
                it.piazza.policy.Platform.INSTAGRAM, "instagram", fake.base(), Map.of("ig_user_id", IG, "page_id", "1111111111"),
                connection.secrets(), ConnectionState.ACTIVE);

        assertThat(connector.perform(facebookLogin, new PlatformAction(ActionKind.REPLY_PRIVATE, "17900000000000007", MEDIA,
                "6000", "Avviso", null, Instant.now()), "k")).isInstanceOf(ActionOutcome.Done.class);
        assertThat(fake.sent()).singleElement().satisfies(s -> assertThat(s.from()).isEqualTo("1111111111"));
    }

    @Test
    void declaresNoBanAndRefusesOneWithoutCallingMeta() {
        assertThat(connector.capabilities(connection).allows(ActionKind.BAN)).isFalse();
        assertThat(connector.capabilities(connection).allows(ActionKind.HIDE)).isTrue();
        assertThat(perform(ActionKind.BAN, "6000", null)).isInstanceOf(ActionOutcome.Refused.class);
        assertThat(fake.attempts("block", "6000")).isEmpty();
    }

    @Test
    void publishesAnImageInTwoSteps() {
        ActionOutcome outcome = connector.perform(connection, new PlatformAction(ActionKind.PUBLISH, IG,
                "https://www.comune.massa.ms.it/foto/anagrafe.jpg", null, "Riapre l'anagrafe", null, null), "k");

        assertThat(fake.count("media", IG)).isEqualTo(1);
        assertThat(fake.count("media_publish", IG)).isEqualTo(1);
        assertThat(fake.published()).singleElement().satisfies(id -> assertThat(outcome).isEqualTo(new ActionOutcome.Done(id)));
    }

    @Test
    void confirmsAHideByTheHiddenField() {
        comment("17900000000000005");
        PlatformAction hide = new PlatformAction(ActionKind.HIDE, "17900000000000005", MEDIA, "6000", null, null, Instant.now());

        assertThat(connector.confirm(connection, hide, "k")).isEmpty();
        connector.perform(connection, hide, "k");
        assertThat(connector.confirm(connection, hide, "k")).contains(new ActionOutcome.Done("17900000000000005"));
    }

    @Test
    void waitsForTheInstagramBusinessUseCaseLimit() {
        comment("17900000000000006");
        fake.failNext("hide", new Failure(400, Map.of("code", 80002, "message", "(#80002) Too many calls to this Instagram account"),
                Map.of("X-Business-Use-Case-Usage", "{\"" + IG + "\":[{\"type\":\"instagram\",\"estimated_time_to_regain_access\":5}]}")));

        assertThat(perform(ActionKind.HIDE, "17900000000000006", null)).isInstanceOfSatisfying(ActionOutcome.RetryLater.class,
                r -> assertThat(r.after()).isEqualTo(java.time.Duration.ofMinutes(5)));
    }
}
