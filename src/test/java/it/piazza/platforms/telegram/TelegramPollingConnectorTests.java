package it.piazza.platforms.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.moderation.InteractionKind;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.ConnectionState;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.PollOutcome;
import it.piazza.platforms.Receiving;
import it.piazza.platforms.Secrets;
import it.piazza.platforms.http.PlatformHttp;
import it.piazza.policy.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Telegram received by {@code getUpdates} against {@link FakeTelegramBotApi}: the offset cursor and the errors. */
class TelegramPollingConnectorTests {

    static final String TOKEN = "123456:AAH-bot-token";
    static final long GROUP = -1_001_234_567_890L;

    final FakeTelegramBotApi telegram = new FakeTelegramBotApi(TOKEN);
    final TelegramPollingConnector connector = new TelegramPollingConnector(
            new TelegramConnector(new PlatformHttp(), Clock.systemUTC()));
    final ChannelConnection connection = new ChannelConnection("comune-di-prova", "telegram", Platform.TELEGRAM,
            TelegramPollingConnector.ID, telegram.base(), Map.of("chat_id", Long.toString(GROUP), "channel_id",
            "@comunediprova"), new Secrets(Map.of("bot_token", TOKEN)), ConnectionState.ACTIVE);
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void readsPendingUpdatesAndContinuesAfterTheLast() {
        FakeTelegramBotApi.Message post = telegram.channelPost(GROUP, "Avviso", now.minusSeconds(60));
        FakeTelegramBotApi.Message comment = telegram.message(GROUP, 111, "A che ora?", now, post);
        FakeTelegramBotApi.Message privately = telegram.message(111, 111, "Posso scrivere qui?", now, null);
        String first = telegram.update(comment, "Mario", "supergroup");
        String second = telegram.update(privately, "Mario", "private");
        telegram.pending(first);
        telegram.pending(second);
        long lastId = PlatformHttp.JSON.readTree(second).path("update_id").asLong();

        PollOutcome polled = connector.poll(connection, null);
        PollOutcome again = connector.poll(connection, ((PollOutcome.Polled) polled).cursor());

        assertThat(polled).isInstanceOfSatisfying(PollOutcome.Polled.class, p -> {
            assertThat(p.items()).extracting(i -> i.kind()).containsExactly(InteractionKind.COMMENT,
                    InteractionKind.PRIVATE_MESSAGE);
            assertThat(p.items()).extracting(i -> i.platformId()).containsExactly(comment.platformId(),
                    privately.platformId());
            assertThat(p.cursor()).isEqualTo(Long.toString(lastId + 1));
        });
        assertThat(again).isEqualTo(new PollOutcome.Polled(List.of(), Long.toString(lastId + 1)));
    }

    @Test
    void refusesWhileAWebhookIsSet() {
        telegram.webhookSet(true);

        assertThat(connector.poll(connection, null)).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("webhook is active"));
    }

    @Test
    void waitsAsAskedAndStopsOnARevokedToken() {
        telegram.tooManyRequests(5);

        PollOutcome limited = connector.poll(connection, null);
        telegram.acceptOnly("123456:another");
        PollOutcome rejected = connector.poll(connection, null);

        assertThat(limited).isInstanceOfSatisfying(ActionOutcome.RetryLater.class,
                r -> assertThat(r.after()).isEqualTo(Duration.ofSeconds(5)));
        assertThat(rejected).isInstanceOf(ActionOutcome.CredentialsRejected.class);
    }

    @Test
    void actsAsTheWebhookConnectorButDeclaresPolling() {
        FakeTelegramBotApi.Message comment = telegram.message(GROUP, 111, "Ciao", now, null);

        ActionOutcome removed = connector.perform(connection, new PlatformAction(ActionKind.REMOVE,
                comment.platformId(), null, "111", null, null, now), "k");

        assertThat(removed).isEqualTo(new ActionOutcome.Done(comment.platformId()));
        assertThat(connector.capabilities(connection).receiving()).containsExactly(Receiving.POLLING);
        assertThat(connector.capabilities(connection).windows()).containsEntry(ActionKind.REMOVE, Duration.ofHours(48));
    }
}
