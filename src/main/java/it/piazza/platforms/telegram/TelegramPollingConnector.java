package it.piazza.platforms.telegram;

import it.piazza.moderation.NewInteraction;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.Capabilities;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.Connector;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.PollOutcome;
import it.piazza.platforms.Poller;
import it.piazza.platforms.Receiving;
import it.piazza.platforms.http.CallFailed;
import it.piazza.platforms.http.HttpAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Telegram received by polling ({@code getUpdates}) instead of the webhook, for a Piazza that Telegram cannot
 * reach (no public HTTPS address). It acts exactly as {@link TelegramConnector}. The cursor is the next
 * {@code offset} (the last update's id + 1), which also tells Telegram that the updates before it were read;
 * Telegram keeps unread updates for 24 hours. Telegram answers {@code getUpdates} with 409 while a webhook is set:
 * a connection uses one connector or the other.
 */
@Component
public class TelegramPollingConnector implements Connector, Poller {

    /** The connector's id. */
    public static final String ID = "telegram-polling";

    private static final Logger log = LoggerFactory.getLogger(TelegramPollingConnector.class);
    private static final int LIMIT = 100;

    private final TelegramConnector telegram;

    TelegramPollingConnector(TelegramConnector telegram) {
        this.telegram = telegram;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, String> settings() {
        return telegram.settings();
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of("bot_token", telegram.secrets().get("bot_token"));
    }

    @Override
    public Capabilities capabilities(ChannelConnection connection) {
        Capabilities webhook = telegram.capabilities(connection);
        return new Capabilities(webhook.actions(), Set.of(Receiving.POLLING), webhook.windows(), webhook.irreversible());
    }

    @Override
    public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        return telegram.perform(connection, action, idempotencyKey);
    }

    @Override
    public Optional<ActionOutcome> confirm(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        return telegram.confirm(connection, action, idempotencyKey);
    }

    /**
     * Asks without waiting ({@code timeout=0}): a long poll would hold the thread that polls every channel. An
     * update that is not a Bot API update is logged and passed over, so that it does not block the ones after it.
     */
    @Override
    public PollOutcome poll(ChannelConnection connection, @Nullable String cursor) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (cursor != null) {
            parameters.put("offset", Long.parseLong(cursor));
        }
        parameters.put("limit", LIMIT);
        parameters.put("timeout", 0);
        parameters.put("allowed_updates", List.of("message"));
        HttpAnswer answer;
        try {
            answer = telegram.send(connection, "getUpdates", parameters);
            Optional<ActionOutcome> failure = TelegramErrors.failure(null, answer);
            if (failure.isPresent()) {
                throw new CallFailed(failure.get());
            }
        } catch (CallFailed failed) {
            return failed.pollOutcome();
        }
        List<NewInteraction> items = new ArrayList<>();
        String next = cursor;
        for (JsonNode update : answer.json().path("result").values()) {
            long id = update.path("update_id").asLong(-1);
            if (id >= 0) {
                next = Long.toString(id + 1);
            }
            try {
                TelegramConnector.read(connection, update).ifPresent(items::add);
            } catch (IllegalArgumentException e) {
                log.warn("Update {} of {}/{} passed over: {}", id, connection.enteId(), connection.channelId(),
                        e.getMessage());
            }
        }
        return new PollOutcome.Polled(items, next);
    }

    /** Telegram sets no quota on {@code getUpdates}; every few seconds keeps comments close to real time. */
    @Override
    public Duration interval() {
        return Duration.ofSeconds(3);
    }
}
