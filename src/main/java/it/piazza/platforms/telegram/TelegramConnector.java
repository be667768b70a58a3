package it.piazza.platforms.telegram;

import it.piazza.moderation.NewInteraction;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.Capabilities;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.Connector;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.Receiving;
import it.piazza.platforms.WebhookAnswer;
import it.piazza.platforms.WebhookReceiver;
import it.piazza.platforms.WebhookRequest;
import it.piazza.platforms.http.CallFailed;
import it.piazza.platforms.http.HttpAnswer;
import it.piazza.platforms.http.PlatformHttp;
import it.piazza.platforms.http.Signatures;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Telegram (Bot API): deletes messages of the discussion group ({@code deleteMessage}, within 48 hours, cannot be
 * undone), answers in the group ({@code sendMessage} with {@code reply_parameters}) and in private (only to people
 * who started the bot), bans and unbans in the group ({@code banChatMember}, {@code unbanChatMember}) and
 * publishes in the channel ({@code sendMessage}). Telegram has no hidden state: HIDE is not offered. Receives
 * by webhook; each delivery must carry the {@code X-Telegram-Bot-Api-Secret-Token} given to {@code setWebhook}.
 */
@Component
public class TelegramConnector implements Connector, WebhookReceiver {

    /** The connector's id. */
    public static final String ID = "telegram";

    /** Telegram deletes a message for everyone only within 48 hours of it. */
    private static final Duration DELETE_WINDOW = Duration.ofHours(48);

    /** Telegram takes a ban shorter than this as a ban for ever. */
    private static final Duration SHORTEST_BAN = Duration.ofSeconds(30);

    /** Telegram takes a ban longer than this as a ban for ever. */
    private static final Duration LONGEST_BAN = Duration.ofDays(366);

    /** Kept from both limits: the request's way to Telegram and the difference between the two clocks. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private static final URI API = URI.create("https://api.telegram.org");
    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Pattern NUMERIC_ID = Pattern.compile("-?\\d{1,19}");
    private static final Capabilities CAPABILITIES = Capabilities.of(EnumSet.of(ActionKind.REMOVE,
            ActionKind.REPLY_PUBLIC, ActionKind.REPLY_PRIVATE, ActionKind.BAN, ActionKind.UNBAN, ActionKind.PUBLISH),
            Receiving.WEBHOOK).within(ActionKind.REMOVE, DELETE_WINDOW).cannotUndo(ActionKind.REMOVE);

    private final PlatformHttp http;
    private final Clock clock;

    TelegramConnector(PlatformHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("chat_id", "id of the channel's discussion group (-100…), where comments arrive",
                "channel_id", "the channel posts are published to (@username or -100…)");
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of("bot_token", "the bot's token from BotFather",
                "webhook_secret", "the secret_token given to setWebhook (1-256 characters A-Z a-z 0-9 _ -)");
    }

    @Override
    public Capabilities capabilities(ChannelConnection connection) {
        return CAPABILITIES;
    }

    /**
     * Messages are addressed as {@code chatId:messageId}. Deleting a message Telegram no longer has ("message to
     * delete not found") is done: the message is gone. A ban's end is sent as {@code until_date}, at least 30
     * seconds and a minute ahead; a ban longer than 366 days, which Telegram would keep for ever, is sent as a
     * minute less than 366 days, since a ban for ever needs a second person's confirmation in Piazza and comes as
     * a ban without end.
     */
    @Override
    public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        return switch (action.kind()) {
            case REMOVE -> {
                String[] message = message(action.targetId());
                yield call(connection, action.kind(), "deleteMessage", Map.of("chat_id", id(message[0]),
                        "message_id", id(message[1])), result -> action.targetId());
            }
            case REPLY_PUBLIC -> {
                String[] message = message(action.targetId());
                yield call(connection, action.kind(), "sendMessage", Map.of("chat_id", id(message[0]),
                        "text", action.requireText(), "reply_parameters", Map.of("message_id", id(message[1]))),
                        TelegramConnector::sent);
            }
            case REPLY_PRIVATE -> action.authorId() == null
                    ? new ActionOutcome.Refused("the author of " + action.targetId() + " is unknown: no private message")
                    : call(connection, action.kind(), "sendMessage", Map.of("chat_id", id(action.authorId()),
                            "text", action.requireText()), TelegramConnector::sent);
            case BAN -> ban(connection, action);
            case UNBAN -> call(connection, action.kind(), "unbanChatMember", Map.of("chat_id",
                    id(connection.setting("chat_id")), "user_id", id(action.targetId()), "only_if_banned", true),
                    result -> action.targetId());
            case PUBLISH -> call(connection, action.kind(), "sendMessage", Map.of("chat_id",
                    id(connection.setting("channel_id")), "text", action.requireText()), TelegramConnector::sent);
            case HIDE, UNHIDE -> new ActionOutcome.Refused("Telegram has no hidden messages: a message can only be deleted");
        };
    }

    private ActionOutcome ban(ChannelConnection connection, PlatformAction action) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("chat_id", id(connection.setting("chat_id")));
        parameters.put("user_id", id(action.targetId()));
        Instant until = action.until();
        if (until != null) {
            Instant now = clock.instant();
            if (!until.isAfter(now)) {
                return new ActionOutcome.Refused("the ban ended at " + until + ", before it could be carried out");
            }
            Instant earliest = now.plus(SHORTEST_BAN).plus(CLOCK_MARGIN);
            Instant latest = now.plus(LONGEST_BAN).minus(CLOCK_MARGIN);
            Instant sent = until.isBefore(earliest) ? earliest : until.isAfter(latest) ? latest : until;
            parameters.put("until_date", sent.getEpochSecond());
        }
        return call(connection, ActionKind.BAN, "banChatMember", parameters, result -> action.targetId());
    }

    @Override
    public WebhookAnswer challenge(ChannelConnection connection, WebhookRequest request) {
        return new WebhookAnswer.Refused(405, "Telegram sends no verification request; it only POSTs updates");
    }

    /**
     * Refuses with 403 a delivery whose secret header is missing or wrong: the header is a shared secret, not an
     * HTTP authentication scheme, so a 401 and its challenge would not fit; Telegram retries a refused delivery
     * for a while, so a secret changed on one side only loses nothing at once. Refuses with 400 a body that is
     * not an update.
     */
    @Override
    public WebhookAnswer deliver(ChannelConnection connection, WebhookRequest request) {
        String given = request.header(SECRET_HEADER);
        if (given == null) {
            return new WebhookAnswer.Refused(403, "no " + SECRET_HEADER + " header");
        }
        if (!Signatures.matches(connection.secrets().require("webhook_secret"), given)) {
            return new WebhookAnswer.Refused(403, SECRET_HEADER + " does not match the connection's secret");
        }
        try {
            return new WebhookAnswer.Accepted(read(connection, PlatformHttp.JSON.readTree(request.body()))
                    .map(List::of).orElse(List.of()));
        } catch (JacksonException | IllegalArgumentException e) {
            return new WebhookAnswer.Refused(400, "not a Telegram update: " + e.getMessage());
        }
    }

    private ActionOutcome call(ChannelConnection connection, ActionKind kind, String method, Map<String, ?> parameters,
            Function<JsonNode, String> reference) {
        try {
            HttpAnswer answer = send(connection, method, parameters);
            return TelegramErrors.failure(kind, answer)
                    .orElseGet(() -> new ActionOutcome.Done(reference.apply(answer.json().path("result"))));
        } catch (CallFailed unreachable) {
            return unreachable.outcome();
        }
    }

    /** Calls a Bot API method with JSON parameters (the address holds the token: failures never quote it). */
    HttpAnswer send(ChannelConnection connection, String method, Map<String, ?> parameters) throws CallFailed {
        return http.call("Telegram", PlatformHttp.request(connection.apiBase(API), "/bot"
                + connection.secrets().require("bot_token") + "/" + method)
                .header("Content-Type", "application/json").POST(PlatformHttp.json(parameters)));
    }

    /** @return the {@code chatId:messageId} of a sent message */
    private static String sent(JsonNode message) {
        return message.path("chat").path("id").asString("") + ":" + message.path("message_id").asString("");
    }

    /** @return the chat and message ids of {@code chatId:messageId} */
    private static String[] message(String platformId) {
        int colon = platformId.lastIndexOf(':');
        if (colon <= 0 || colon == platformId.length() - 1) {
            throw new IllegalArgumentException("\"" + platformId + "\" is not a Telegram message id (chatId:messageId)");
        }
        return new String[] {platformId.substring(0, colon), platformId.substring(colon + 1)};
    }

    /** @return a numeric id as a JSON number, as the Bot API documents it; a {@code @username} as it is */
    private static Object id(String value) {
        return NUMERIC_ID.matcher(value).matches() ? (Object) Long.parseLong(value) : value;
    }

    /**
     * @return the comment, reply or private message the update carries for the connection, if any
     * @throws IllegalArgumentException when it is not a Bot API update
     */
    static Optional<NewInteraction> read(ChannelConnection connection, JsonNode update) {
        return TelegramUpdates.read(update, connection.channelId(), connection.setting("chat_id"),
                connection.setting("channel_id"), botId(connection));
    }

    /** @return the bot's user id: the part of its token before the colon */
    private static String botId(ChannelConnection connection) {
        String token = connection.secrets().require("bot_token");
        int colon = token.indexOf(':');
        return colon < 0 ? "" : token.substring(0, colon);
    }

}
