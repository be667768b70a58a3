package it.piazza.platforms.telegram;

import it.piazza.testsupport.FakeHttpApi;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A stand-in for the Telegram Bot API (docs/platform-apis.md §5) on the JDK's HTTP server: {@code /bot<token>/<method>}
 * with JSON parameters, the {@code {"ok":...}} envelope, messages of a channel's discussion group, deletion only
 * within 48 hours, private messages only to people who started the bot, bans with {@code until_date}. It counts
 * every state-changing request, answers the next ones with injected failures, and POSTs updates to a webhook with
 * the {@code X-Telegram-Bot-Api-Secret-Token} header.
 */
final class FakeTelegramBotApi extends FakeHttpApi {

    /** The user Telegram shows as the sender of a channel post's automatic forward. */
    private static final long CHANNEL_SENDER = 136_817_688L;

    /** The channel whose posts the discussion group receives. */
    static final long CHANNEL_ID = -1_009_876_543_210L;

    /** A message in a chat. */
    record Message(long chatId, long messageId, long fromId, Instant date, String text, @Nullable Long replyTo) {

        String platformId() {
            return chatId + ":" + messageId;
        }
    }

    /** A ban in a chat; {@code untilDate} 0 is for ever. */
    record Ban(long chatId, long userId, long untilDate) {
    }

    private final long botId;
    private volatile String token;
    private final Map<String, Message> messages = new ConcurrentHashMap<>();
    private final Set<String> deleted = ConcurrentHashMap.newKeySet();
    private final Set<Long> startedTheBot = ConcurrentHashMap.newKeySet();
    private final Map<Long, Ban> bans = new ConcurrentHashMap<>();
    private final List<Message> sent = new CopyOnWriteArrayList<>();
    private final Map<String, List<Instant>> requests = new ConcurrentHashMap<>();
    private final Deque<Reply> failures = new ConcurrentLinkedDeque<>();
    private final Deque<JsonNode> pending = new ConcurrentLinkedDeque<>();
    private volatile boolean webhookSet;
    /** Ids stay unique across fakes, as Telegram's do: a Spring context outlives each test's fake. */
    private static final AtomicLong MESSAGE_IDS = new AtomicLong(1000);
    private static final AtomicLong UPDATE_IDS = new AtomicLong(123_456_789);

    FakeTelegramBotApi(String token) {
        this.token = token;
        this.botId = Long.parseLong(token.substring(0, token.indexOf(':')));
    }

    // ---- state set up by tests

    /** Adds a channel post's automatic forward into the discussion group. */
    Message channelPost(long groupId, String text, Instant date) {
        Message forward = new Message(groupId, MESSAGE_IDS.incrementAndGet(), CHANNEL_SENDER, date, text, null);
        messages.put(forward.platformId(), forward);
        return forward;
    }

    /** Adds someone's message in a chat, answering {@code replyTo} (null: none). */
    Message message(long chatId, long fromId, String text, Instant date, @Nullable Message replyTo) {
        Message message = new Message(chatId, MESSAGE_IDS.incrementAndGet(), fromId, date, text,
                replyTo == null ? null : replyTo.messageId());
        messages.put(message.platformId(), message);
        return message;
    }

    /** The user pressed Start: the bot may write to them. */
    void started(long userId) {
        startedTheBot.add(userId);
    }

    /** From now on only {@code newToken} is accepted (the one the connection has is revoked). */
    void acceptOnly(String newToken) {
        token = newToken;
    }

    /** Keeps the update for {@code getUpdates} (Telegram keeps unread updates for 24 hours). */
    void pending(String update) {
        pending.add(JSON.readTree(update));
    }

    /** A webhook is set: {@code getUpdates} conflicts. */
    void webhookSet(boolean set) {
        webhookSet = set;
    }

    /** The next state-changing request gets a 429 with {@code retry_after}. */
    void tooManyRequests(int retryAfter) {
        failures.add(error(429, "Too Many Requests: retry after " + retryAfter, Map.of("retry_after", retryAfter)));
    }

    /** The next state-changing request gets a 502 from Telegram's front (not JSON). */
    void badGateway() {
        failures.add(new Reply(502, Map.of("Content-Type", "text/html"),
                "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    /** The next state-changing request finds that the group was upgraded to the supergroup {@code newId}. */
    void migratedTo(long newId) {
        failures.add(error(400, "Bad Request: group chat was upgraded to a supergroup chat",
                Map.of("migrate_to_chat_id", newId)));
    }

    /** The next state-changing request conflicts (409). */
    void conflict() {
        failures.add(error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot "
                + "instance is running", null));
    }

    /** The next state-changing request lacks the bot's admin rights. */
    void notEnoughRights() {
        failures.add(error(400, "Bad Request: not enough rights to restrict/unrestrict chat member", null));
    }

    // ---- state read by tests

    boolean exists(String platformId) {
        return messages.containsKey(platformId) && !deleted.contains(platformId);
    }

    /** @return the messages the bot sent */
    List<Message> sent() {
        return List.copyOf(sent);
    }

    @Nullable Ban ban(long userId) {
        return bans.get(userId);
    }

    /** @return how many calls of the method (deleteMessage, sendMessage, banChatMember, getUpdates...) arrived */
    int calls(String method) {
        return requests.getOrDefault(method, List.of()).size();
    }

    /** @return when the calls of the method arrived */
    List<Instant> times(String method) {
        return List.copyOf(requests.getOrDefault(method, List.of()));
    }

    // ---- webhook deliveries

    /** @return the update Telegram sends for the message (a comment when it answers a channel post's forward) */
    String update(Message message, String firstName, String chatType) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("message_id", message.messageId());
        m.put("from", Map.of("id", message.fromId(), "is_bot", false, "first_name", firstName));
        m.put("chat", Map.of("id", message.chatId(), "type", chatType));
        m.put("date", message.date().getEpochSecond());
        Message answered = message.replyTo() == null ? null : messages.get(message.chatId() + ":" + message.replyTo());
        if (answered != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("message_id", answered.messageId());
            r.put("date", answered.date().getEpochSecond());
            r.put("text", answered.text());
            if (answered.fromId() == CHANNEL_SENDER) {
                r.put("sender_chat", Map.of("id", CHANNEL_ID, "title", "Comune di Prova", "type", "channel"));
                r.put("is_automatic_forward", true);
                r.put("forward_origin", Map.of("type", "channel", "chat", Map.of("id", CHANNEL_ID,
                        "type", "channel"), "message_id", 40, "date", answered.date().getEpochSecond()));
                m.put("message_thread_id", answered.messageId());
            } else {
                r.put("from", Map.of("id", answered.fromId(), "is_bot", false, "first_name", "Altro"));
            }
            m.put("reply_to_message", r);
        }
        m.put("text", message.text());
        return JSON.writeValueAsString(Map.of("update_id", UPDATE_IDS.incrementAndGet(), "message", m));
    }

    /** POSTs the update to {@code url} with the secret header (null: none); @return the status */
    int deliver(URI url, String update, @Nullable String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return toPiazza(request).statusCode();
    }

    // ---- the API

    @Override
    protected Reply handle(Call call) {
        String path = call.path();
        int slash = path.indexOf('/', 1);
        if (!path.startsWith("/bot") || slash < 0) {
            return error(404, "Not Found", null);
        }
        if (!path.substring(4, slash).equals(token)) {
            return error(401, "Unauthorized", null);
        }
        String method = path.substring(slash + 1);
        JsonNode body = call.json();
        requests.computeIfAbsent(method, k -> new CopyOnWriteArrayList<>()).add(Instant.now());
        Reply failure = failures.poll();
        return failure != null ? failure : switch (method) {
            case "deleteMessage" -> delete(body);
            case "sendMessage" -> send(body);
            case "banChatMember" -> ban(body);
            case "unbanChatMember" -> unban(body);
            case "getUpdates" -> updates(body);
            default -> error(404, "Not Found", null);
        };
    }

    private Reply delete(JsonNode body) {
        if (!body.path("message_id").isIntegralNumber()) {
            return error(400, "Bad Request: message identifier is not specified", null);
        }
        String id = body.path("chat_id").asString("") + ":" + body.path("message_id").asLong();
        Message message = messages.get(id);
        if (message == null || deleted.contains(id)) {
            return error(400, "Bad Request: message to delete not found", null);
        }
        if (message.date().isBefore(Instant.now().minus(Duration.ofHours(48)))) {
            return error(400, "Bad Request: message can't be deleted", null);
        }
        deleted.add(id);
        return ok(true);
    }

    private Reply send(JsonNode body) {
        JsonNode chat = body.path("chat_id");
        if (!chat.isIntegralNumber() && !chat.asString("").startsWith("@")) {
            return error(400, "Bad Request: chat not found", null);
        }
        long chatId = chat.isIntegralNumber() ? chat.asLong() : CHANNEL_ID;
        if (chatId > 0 && !startedTheBot.contains(chatId)) {
            return error(403, "Forbidden: bot can't initiate conversation with a user", null);
        }
        JsonNode replyTo = body.path("reply_parameters").path("message_id");
        if (!replyTo.isMissingNode() && !replyTo.isIntegralNumber()) {
            return error(400, "Bad Request: message identifier is not specified", null);
        }
        Message message = new Message(chatId, MESSAGE_IDS.incrementAndGet(), botId, Instant.now(),
                body.path("text").asString(""), replyTo.isMissingNode() ? null : replyTo.asLong());
        messages.put(message.platformId(), message);
        sent.add(message);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("message_id", message.messageId());
        result.put("from", Map.of("id", botId, "is_bot", true, "first_name", "Piazza"));
        result.put("chat", Map.of("id", chatId, "type", chatId > 0 ? "private" : "supergroup"));
        result.put("date", message.date().getEpochSecond());
        result.put("text", message.text());
        return ok(result);
    }

    private Reply ban(JsonNode body) {
        if (!body.path("user_id").isIntegralNumber() || !body.path("chat_id").isIntegralNumber()) {
            return error(400, "Bad Request: invalid user_id specified", null);
        }
        long until = body.path("until_date").asLong(0);
        long now = Instant.now().getEpochSecond();
        long stored = until != 0 && (until - now < 30 || until - now > Duration.ofDays(366).toSeconds()) ? 0 : until;
        bans.put(body.path("user_id").asLong(), new Ban(body.path("chat_id").asLong(), body.path("user_id").asLong(), stored));
        return ok(true);
    }

    /** Updates before {@code offset} are read and forgotten; the others are answered, oldest first. */
    private Reply updates(JsonNode body) {
        if (webhookSet) {
            return error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
                    + "delete the webhook first", null);
        }
        long offset = body.path("offset").asLong(0);
        pending.removeIf(u -> u.path("update_id").asLong() < offset);
        return ok(pending.stream().limit(body.path("limit").asInt(100)).toList());
    }

    private Reply unban(JsonNode body) {
        bans.remove(body.path("user_id").asLong());
        return ok(true);
    }

    private static Reply ok(Object result) {
        return new Reply(200, Map.of(), JSON.writeValueAsBytes(Map.of("ok", true, "result", result)));
    }

    private static Reply error(int code, String description, @Nullable Map<String, Object> parameters) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", false);
        body.put("error_code", code);
        body.put("description", description);
        if (parameters != null) {
            body.put("parameters", parameters);
        }
        return new Reply(code, Map.of(), JSON.writeValueAsBytes(body));
    }
}
