package it.piazza.platforms.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.NewInteraction;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.Capabilities;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.ConnectionState;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.Secrets;
import it.piazza.platforms.WebhookAnswer;
import it.piazza.platforms.WebhookRequest;
import it.piazza.platforms.http.PlatformHttp;
import it.piazza.policy.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Telegram connector against {@link FakeTelegramBotApi}: every action, each class of error, the webhook. */
class TelegramConnectorTests {

    static final String TOKEN = "123456:AAH-bot-token";
    static final String SECRET = "webhook_secret-1";
    static final long GROUP = -1_001_234_567_890L;
    static final long MARIO = 111;

    final FakeTelegramBotApi telegram = new FakeTelegramBotApi(TOKEN);
    final TelegramConnector connector = new TelegramConnector(new PlatformHttp(), Clock.systemUTC());
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void stop() {
        telegram.close();
    }

    ChannelConnection connection() {
        return new ChannelConnection("comune-di-prova", "telegram", Platform.TELEGRAM, TelegramConnector.ID,
                telegram.base(), Map.of("chat_id", Long.toString(GROUP), "channel_id", "@comunediprova"),
                new Secrets(Map.of("bot_token", TOKEN, "webhook_secret", SECRET)), ConnectionState.ACTIVE);
    }

    FakeTelegramBotApi.Message comment(String text, Instant at) {
        FakeTelegramBotApi.Message post = telegram.channelPost(GROUP, "Avviso: chiusura uffici", at.minusSeconds(600));
        return telegram.message(GROUP, MARIO, text, at, post);
    }

    static PlatformAction action(ActionKind kind, String target, @Nullable String text, @Nullable Instant until) {
        return new PlatformAction(kind, target, null, Long.toString(MARIO), text, until, null);
    }

    @Test
    void declaresDeletionWithin48HoursThatCannotBeUndoneAndNoHiding() {
        Capabilities capabilities = connector.capabilities(connection());

        assertThat(capabilities.allows(ActionKind.REMOVE)).isTrue();
        assertThat(capabilities.allows(ActionKind.HIDE)).isFalse();
        assertThat(capabilities.windows()).containsEntry(ActionKind.REMOVE, Duration.ofHours(48));
        assertThat(capabilities.irreversible()).containsExactly(ActionKind.REMOVE);
        assertThat(connector.perform(connection(), action(ActionKind.HIDE, GROUP + ":1", null, null), "k"))
                .isInstanceOf(ActionOutcome.Refused.class);
    }

    @Test
    void deletesACommentAndTakesOneAlreadyGoneAsDone() {
        FakeTelegramBotApi.Message comment = comment("Sei un imbecille", now);

        ActionOutcome first = connector.perform(connection(), action(ActionKind.REMOVE, comment.platformId(), null, null), "k");
        ActionOutcome again = connector.perform(connection(), action(ActionKind.REMOVE, comment.platformId(), null, null), "k");

        assertThat(first).isEqualTo(new ActionOutcome.Done(comment.platformId()));
        assertThat(again).isEqualTo(new ActionOutcome.Done(comment.platformId()));
        assertThat(telegram.exists(comment.platformId())).isFalse();
        assertThat(telegram.calls("deleteMessage")).isEqualTo(2);
    }

    @Test
    void refusesToDeleteAMessageOlderThan48Hours() {
        FakeTelegramBotApi.Message comment = comment("Vecchio", now.minus(Duration.ofHours(50)));

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.REMOVE, comment.platformId(), null, null), "k");

        assertThat(outcome).isEqualTo(new ActionOutcome.Refused("Telegram: Bad Request: message can't be deleted"));
        assertThat(telegram.exists(comment.platformId())).isTrue();
    }

    @Test
    void repliesInTheGroupUnderTheComment() {
        FakeTelegramBotApi.Message comment = comment("A che ora apre l'ufficio?", now);

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.REPLY_PUBLIC, comment.platformId(),
                "Alle 9, grazie.", null), "k");

        assertThat(telegram.sent()).singleElement().satisfies(m -> {
            assertThat(m.chatId()).isEqualTo(GROUP);
            assertThat(m.replyTo()).isEqualTo(comment.messageId());
            assertThat(m.text()).isEqualTo("Alle 9, grazie.");
            assertThat(outcome).isEqualTo(new ActionOutcome.Done(m.platformId()));
        });
    }

    @Test
    void writesInPrivateOnlyToSomeoneWhoStartedTheBot() {
        PlatformAction warning = action(ActionKind.REPLY_PRIVATE, GROUP + ":5", "Il tuo commento è stato rimosso", null);

        ActionOutcome refused = connector.perform(connection(), warning, "k");
        telegram.started(MARIO);
        ActionOutcome sent = connector.perform(connection(), warning, "k");

        assertThat(refused).isInstanceOfSatisfying(ActionOutcome.Refused.class, r -> assertThat(r.reason())
                .contains("only to people who started it").contains("bot can't initiate conversation"));
        assertThat(sent).isInstanceOf(ActionOutcome.Done.class);
        assertThat(telegram.sent()).singleElement().satisfies(m -> assertThat(m.chatId()).isEqualTo(MARIO));
    }

    @Test
    void bansUntilTheEndAndForEverWithoutOne() {
        Instant end = now.plus(Duration.ofDays(7));

        ActionOutcome timed = connector.perform(connection(), action(ActionKind.BAN, Long.toString(MARIO), null, end), "k");
        FakeTelegramBotApi.Ban timedBan = telegram.ban(MARIO);
        ActionOutcome forever = connector.perform(connection(), action(ActionKind.BAN, "222", null, null), "k2");

        assertThat(timed).isEqualTo(new ActionOutcome.Done(Long.toString(MARIO)));
        assertThat(timedBan).isEqualTo(new FakeTelegramBotApi.Ban(GROUP, MARIO, end.getEpochSecond()));
        assertThat(forever).isInstanceOf(ActionOutcome.Done.class);
        assertThat(telegram.ban(222)).isEqualTo(new FakeTelegramBotApi.Ban(GROUP, 222, 0));
    }

    @Test
    void keepsAShortBanFromBecomingEndlessAndALongOneWithinAYearAndAnEndedOneUndone() {
        connector.perform(connection(), action(ActionKind.BAN, "1", null, now.plusSeconds(5)), "k1");
        connector.perform(connection(), action(ActionKind.BAN, "2", null, now.plus(Duration.ofDays(400))), "k2");
        ActionOutcome ended = connector.perform(connection(), action(ActionKind.BAN, "3", null, now.minusSeconds(5)), "k3");

        assertThat(telegram.ban(1).untilDate()).isBetween(now.getEpochSecond() + 90, now.getEpochSecond() + 100);
        assertThat(telegram.ban(2).untilDate()).isBetween(now.plus(Duration.ofDays(365)).getEpochSecond(),
                now.plus(Duration.ofDays(366)).getEpochSecond());
        assertThat(ended).isInstanceOf(ActionOutcome.Refused.class);
        assertThat(telegram.ban(3)).isNull();
    }

    @Test
    void unbans() {
        connector.perform(connection(), action(ActionKind.BAN, Long.toString(MARIO), null, null), "k");

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.UNBAN, Long.toString(MARIO), null, null), "k2");

        assertThat(outcome).isEqualTo(new ActionOutcome.Done(Long.toString(MARIO)));
        assertThat(telegram.ban(MARIO)).isNull();
    }

    @Test
    void publishesInTheChannel() {
        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.PUBLISH, "@comunediprova",
                "Domani uffici chiusi", null), "k");

        assertThat(telegram.sent()).singleElement().satisfies(m -> {
            assertThat(m.chatId()).isEqualTo(FakeTelegramBotApi.CHANNEL_ID);
            assertThat(m.text()).isEqualTo("Domani uffici chiusi");
            assertThat(outcome).isEqualTo(new ActionOutcome.Done(m.platformId()));
        });
    }

    @Test
    void waitsAsLongAsTelegramAsks() {
        telegram.tooManyRequests(7);

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.PUBLISH, "c", "Avviso", null), "k");

        assertThat(outcome).isEqualTo(new ActionOutcome.RetryLater("Telegram: Too Many Requests: retry after 7",
                Duration.ofSeconds(7)));
    }

    @Test
    void retriesABadGatewayByItsOwnSchedule() {
        telegram.badGateway();

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.PUBLISH, "c", "Avviso", null), "k");

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.RetryLater.class, r -> assertThat(r.after()).isNull());
        assertThat(telegram.sent()).isEmpty();
    }

    @Test
    void reportsARevokedTokenWithoutNamingIt() {
        telegram.acceptOnly("123456:another");

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.PUBLISH, "c", "Avviso", null), "k");

        assertThat(outcome).isInstanceOf(ActionOutcome.CredentialsRejected.class);
        assertThat(outcome.toString()).doesNotContain(TOKEN);
    }

    @Test
    void retriesWhenTelegramCannotBeReachedWithoutNamingTheToken() {
        telegram.close();

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.PUBLISH, "c", "Avviso", null), "k");

        assertThat(outcome).isInstanceOf(ActionOutcome.RetryLater.class);
        assertThat(outcome.toString()).doesNotContain(TOKEN);
    }

    @Test
    void refusesWithTheNewIdWhenTheGroupBecameASupergroup() {
        telegram.migratedTo(-1_009_999_999_999L);

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.BAN, "5", null, null), "k");

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("-1009999999999").contains("chat_id"));
    }

    @Test
    void refusesAConflictAndMissingRights() {
        telegram.conflict();
        telegram.notEnoughRights();

        ActionOutcome conflict = connector.perform(connection(), action(ActionKind.BAN, "5", null, null), "k");
        ActionOutcome rights = connector.perform(connection(), action(ActionKind.BAN, "5", null, null), "k");

        assertThat(conflict).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("Conflict"));
        assertThat(rights).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("not enough rights"));
        assertThat(telegram.ban(5)).isNull();
    }

    @Test
    void cannotLookAtAMessageSoConfirmsNothing() {
        FakeTelegramBotApi.Message comment = comment("Ciao", now);
        PlatformAction reply = action(ActionKind.REPLY_PUBLIC, comment.platformId(), "Salve", null);
        connector.perform(connection(), reply, "k");

        assertThat(connector.confirm(connection(), reply, "k")).isEmpty();
    }

    // ---- webhook

    static WebhookRequest request(String update, @Nullable String secret) {
        return new WebhookRequest(Map.of(), secret == null ? Map.of()
                : Map.of("x-telegram-bot-api-secret-token", secret), update.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsACommentUnderAChannelPost() {
        FakeTelegramBotApi.Message comment = comment("Perché il Comune non risponde? È una vergogna", now);
        String post = GROUP + ":" + (comment.messageId() - 1);

        WebhookAnswer answer = connector.deliver(connection(), request(telegram.update(comment, "Mario", "supergroup"), SECRET));

        assertThat(answer).isEqualTo(new WebhookAnswer.Accepted(List.of(new NewInteraction("telegram",
                InteractionKind.COMMENT, comment.platformId(), post, "Avviso: chiusura uffici", null, "111", "Mario",
                "Perché il Comune non risponde? È una vergogna", now))));
    }

    @Test
    void readsAnAnswerToAnotherCommentAsAReplyInTheThread() {
        FakeTelegramBotApi.Message first = comment("Primo", now);
        FakeTelegramBotApi.Message second = telegram.message(GROUP, 222, "Secondo", now, first);

        WebhookAnswer answer = connector.deliver(connection(), request(telegram.update(second, "Luisa", "supergroup"), SECRET));

        assertThat(answer).isInstanceOfSatisfying(WebhookAnswer.Accepted.class, a -> assertThat(a.items())
                .singleElement().satisfies(i -> {
                    assertThat(i.kind()).isEqualTo(InteractionKind.REPLY);
                    assertThat(i.parentPlatformId()).isEqualTo(first.platformId());
                }));
    }

    @Test
    void readsAPrivateChatAsAPrivateMessage() {
        FakeTelegramBotApi.Message message = telegram.message(MARIO, MARIO, "Come richiedo il certificato?", now, null);

        WebhookAnswer answer = connector.deliver(connection(), request(telegram.update(message, "Mario", "private"), SECRET));

        assertThat(answer).isEqualTo(new WebhookAnswer.Accepted(List.of(new NewInteraction("telegram",
                InteractionKind.PRIVATE_MESSAGE, MARIO + ":" + message.messageId(), null, null, null, "111", "Mario",
                "Come richiedo il certificato?", now))));
    }

    @Test
    void leavesOutTheBotsOwnMessagesAndOtherGroups() {
        FakeTelegramBotApi.Message post = telegram.channelPost(GROUP, "Avviso", now);
        FakeTelegramBotApi.Message own = telegram.message(GROUP, 123456, "Risposta del Comune", now, post);
        FakeTelegramBotApi.Message elsewhere = telegram.message(-100_555L, MARIO, "Altrove", now, null);

        assertThat(connector.deliver(connection(), request(telegram.update(own, "Piazza", "supergroup"), SECRET)))
                .isEqualTo(new WebhookAnswer.Accepted(List.of()));
        assertThat(connector.deliver(connection(), request(telegram.update(elsewhere, "Mario", "supergroup"), SECRET)))
                .isEqualTo(new WebhookAnswer.Accepted(List.of()));
    }

    @Test
    void leavesOutWhatTheGroupsAnonymousAdminsAndTheChannelWrite() {
        String asGroup = """
                {"update_id":1,"message":{"message_id":7,"from":{"id":1087968824,"is_bot":true,"first_name":"Group"},
                 "sender_chat":{"id":%d,"type":"supergroup"},"chat":{"id":%d,"type":"supergroup"},"date":1746093600,
                 "text":"Ricordiamo le regole del gruppo"}}""".formatted(GROUP, GROUP);
        String asChannel = """
                {"update_id":2,"message":{"message_id":8,"from":{"id":136817688,"is_bot":true,"first_name":"Channel"},
                 "sender_chat":{"id":-1009876543210,"username":"comunediprova","type":"channel"},
                 "chat":{"id":%d,"type":"supergroup"},"date":1746093600,"text":"Precisazione del Comune"}}"""
                .formatted(GROUP);

        assertThat(connector.deliver(connection(), request(asGroup, SECRET))).isEqualTo(new WebhookAnswer.Accepted(List.of()));
        assertThat(connector.deliver(connection(), request(asChannel, SECRET))).isEqualTo(new WebhookAnswer.Accepted(List.of()));
    }

    @Test
    void refusesAMissingOrWrongSecretAndAMalformedUpdate() {
        String update = telegram.update(comment("Ciao", now), "Mario", "supergroup");

        assertThat(connector.deliver(connection(), request(update, null)))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(403));
        assertThat(connector.deliver(connection(), request(update, SECRET + "x")))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(403));
        assertThat(connector.deliver(connection(), request("{\"message\":{}}", SECRET)))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(400));
        assertThat(connector.deliver(connection(), request("{\"update_id\":", SECRET)))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(400));
        assertThat(connector.challenge(connection(), request("", null)))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(405));
    }
}
