package it.piazza.platforms.x;

import it.piazza.platforms.http.Signatures;
import it.piazza.testsupport.FakeHttpApi;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A stand-in for X's API v2 (docs/platform-apis.md §3) on the JDK's HTTP server: posts with their conversation
 * and hidden state, direct messages, blocks; problem+json errors with {@code x-rate-limit-*} headers; hiding
 * only in the account's own conversations, direct messages only to users who accept them, blocking only on the
 * Enterprise plan. It counts every state-changing request, answers the next ones with injected failures, and
 * sends Account Activity deliveries signed exactly over the bytes it sends.
 */
final class FakeXApi extends FakeHttpApi {

    private static final DateTimeFormatter V1_DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** A post on X. */
    record Post(String id, String authorId, String conversationId, @Nullable String inReplyTo, String text,
            boolean hidden) {
    }

    /** A direct message the account sent. */
    record DirectMessage(String participantId, String text) {
    }

    private final String accountId;
    private final String consumerSecret;
    private volatile String accessToken;
    private volatile boolean enterprise;
    private final Map<String, Post> posts = new ConcurrentHashMap<>();
    private final List<DirectMessage> directMessages = new CopyOnWriteArrayList<>();
    private final Set<String> refusingDirectMessages = ConcurrentHashMap.newKeySet();
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Instant>> requests = new ConcurrentHashMap<>();
    private final Deque<Reply> failures = new ConcurrentLinkedDeque<>();
    /** Ids stay unique across fakes, as X's do: a Spring context outlives each test's fake. */
    private static final AtomicLong IDS = new AtomicLong(1_790_000_000_000_000_100L);

    FakeXApi(String accountId, String accessToken, String consumerSecret) {
        this.accountId = accountId;
        this.accessToken = accessToken;
        this.consumerSecret = consumerSecret;
    }

    // ---- state set up by tests

    /** Adds a post of the ente's account, which starts its own conversation. */
    Post ownPost(String text) {
        String id = nextId();
        Post post = new Post(id, accountId, id, null, text, false);
        posts.put(id, post);
        return post;
    }

    /** Adds someone's reply to {@code parentId}, in the parent's conversation. */
    Post reply(String parentId, String authorId, String text) {
        Post parent = posts.get(parentId);
        String conversation = parent == null ? parentId : parent.conversationId();
        Post post = new Post(nextId(), authorId, conversation, parentId, text, false);
        posts.put(post.id(), post);
        return post;
    }

    /** The user does not accept direct messages from the account. */
    void refusesDirectMessages(String userId) {
        refusingDirectMessages.add(userId);
    }

    /** The app is on the Enterprise plan (blocking allowed). */
    void enterprise(boolean on) {
        enterprise = on;
    }

    /** From now on only {@code token} is accepted (the one the connection has is revoked). */
    void acceptOnly(String token) {
        accessToken = token;
    }

    /** The next state-changing request gets a 429 with {@code x-rate-limit-reset} at {@code reset}. */
    void rateLimitUntil(Instant reset) {
        failures.add(problem("about:blank", "Too Many Requests", 429, "Too Many Requests")
                .with("x-rate-limit-limit", "50").with("x-rate-limit-remaining", "0")
                .with("x-rate-limit-reset", Long.toString(reset.getEpochSecond())));
    }

    /** The next state-changing request gets the plan's usage cap. */
    void usageCapped() {
        failures.add(problem("https://api.twitter.com/2/problems/usage-capped", "UsageCapExceeded", 429,
                "Usage cap exceeded: Monthly product cap"));
    }

    /** The next state-changing request gets a 503. */
    void serverError() {
        failures.add(problem("about:blank", "Service Unavailable", 503, "Service Unavailable"));
    }

    /** The next state-changing request gets a 400 invalid-request. */
    void invalidRequest() {
        failures.add(answer(400, """
                {"errors":[{"parameters":{"text":[""]},"message":"The `text` field is invalid"}],"title":"Invalid Request",\
                "detail":"One or more parameters to your request was invalid.",\
                "type":"https://api.twitter.com/2/problems/invalid-request"}"""));
    }

    // ---- state read by tests

    /** @return the post */
    @Nullable Post post(String id) {
        return posts.get(id);
    }

    /** @return the posts the account wrote answering {@code parentId} */
    List<Post> repliesOfAccountTo(String parentId) {
        return posts.values().stream().filter(p -> p.authorId().equals(accountId) && parentId.equals(p.inReplyTo()))
                .toList();
    }

    /** @return the account's posts that answer nothing */
    List<Post> ownPosts() {
        return posts.values().stream().filter(p -> p.authorId().equals(accountId) && p.inReplyTo() == null).toList();
    }

    List<DirectMessage> directMessages() {
        return List.copyOf(directMessages);
    }

    boolean blocks(String userId) {
        return blocked.contains(userId);
    }

    /** @return how many requests of this kind (hide, unhide, reply, post, dm, block, unblock, search) arrived */
    int calls(String kind) {
        return requests.getOrDefault(kind, List.of()).size();
    }

    /** @return when the requests of this kind arrived */
    List<Instant> times(String kind) {
        return List.copyOf(requests.getOrDefault(kind, List.of()));
    }

    // ---- webhook deliveries

    /** @return an Account Activity delivery of the post, as X sends it (a v1.1-style tweet) */
    String tweetCreateEvent(Post post, String name, String screenName, Instant createdAt) {
        Map<String, Object> tweet = new LinkedHashMap<>();
        tweet.put("created_at", V1_DATE.format(createdAt));
        tweet.put("id", Long.parseLong(post.id()));
        tweet.put("id_str", post.id());
        tweet.put("text", post.text());
        Post parent = post.inReplyTo() == null ? null : posts.get(post.inReplyTo());
        tweet.put("in_reply_to_status_id_str", post.inReplyTo());
        tweet.put("in_reply_to_user_id_str", parent == null ? null : parent.authorId());
        tweet.put("user", Map.of("id", Long.parseLong(post.authorId()), "id_str", post.authorId(), "name", name,
                "screen_name", screenName));
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("for_user_id", accountId);
        delivery.put("tweet_create_events", List.of(tweet));
        return JSON.writeValueAsString(delivery);
    }

    /** @return an Account Activity delivery of a direct message from {@code senderId} to the account */
    String directMessageEvent(String eventId, String senderId, String name, String text, Instant createdAt) {
        return JSON.writeValueAsString(Map.of("for_user_id", accountId, "direct_message_events", List.of(Map.of(
                "type", "message_create", "id", eventId, "created_timestamp", Long.toString(createdAt.toEpochMilli()),
                "message_create", Map.of("target", Map.of("recipient_id", accountId), "sender_id", senderId,
                        "message_data", Map.of("text", text)))),
                "users", Map.of(senderId, Map.of("id", senderId, "name", name, "screen_name", name.toLowerCase(Locale.ROOT)))));
    }

    /** @return {@code sha256=} and the Base64 HMAC of the bytes with the consumer secret, as X signs them */
    String signature(byte[] body) {
        return "sha256=" + Signatures.base64(consumerSecret, body);
    }

    /** POSTs the delivery to {@code url} signed over its UTF-8 bytes; @return the status */
    int deliver(URI url, String delivery) {
        byte[] body = delivery.getBytes(StandardCharsets.UTF_8);
        return deliver(url, body, signature(body));
    }

    /** POSTs the bytes with the given signature header (null: none); @return the status */
    int deliver(URI url, byte[] body, @Nullable String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("x-twitter-webhooks-signature", signature);
        }
        return toPiazza(request).statusCode();
    }

    /** Sends the CRC to {@code url}; @return the answer */
    HttpResponse<String> crc(URI url, String token) {
        return toPiazza(HttpRequest.newBuilder(URI.create(url + "?crc_token=" + token)).GET());
    }

    /** @return the response token X expects for the CRC */
    String expectedCrcResponse(String token) {
        return "sha256=" + Signatures.base64(consumerSecret, token.getBytes(StandardCharsets.UTF_8));
    }

    // ---- the API

    @Override
    protected Reply handle(Call call) {
        String method = call.method();
        String path = call.path();
        String[] parts = path.substring(1).split("/");
        if (!("Bearer " + accessToken).equals(call.header("Authorization"))) {
            return problem("about:blank", "Unauthorized", 401, "Unauthorized");
        }
        JsonNode body = call.body().length == 0 ? object() : call.json();
        if (method.equals("GET") && path.equals("/2/tweets/search/recent")) {
            return search(call);
        }
        String kind = kind(method, parts, body);
        if (kind == null) {
            return problem("about:blank", "Not Found", 404, "Sorry, that page does not exist");
        }
        requests.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(Instant.now());
        Reply failure = failures.poll();
        if (failure != null) {
            return failure;
        }
        return switch (kind) {
            case "hide", "unhide" -> hide(parts[2], body.path("hidden").asBoolean());
            case "reply", "post" -> post(body);
            case "dm" -> directMessage(parts[3], body);
            case "block" -> block(body.path("target_user_id").asString(""), true);
            case "unblock" -> block(parts[4], false);
            default -> throw new IllegalStateException(kind);
        };
    }

    private @Nullable String kind(String method, String[] parts, JsonNode body) {
        if (method.equals("PUT") && parts.length == 4 && parts[1].equals("tweets") && parts[3].equals("hidden")) {
            return body.path("hidden").asBoolean() ? "hide" : "unhide";
        }
        if (method.equals("POST") && parts.length == 2 && parts[1].equals("tweets")) {
            return body.path("reply").has("in_reply_to_tweet_id") ? "reply" : "post";
        }
        if (method.equals("POST") && parts.length == 5 && parts[1].equals("dm_conversations") && parts[2].equals("with")
                && parts[4].equals("messages")) {
            return "dm";
        }
        if (parts.length >= 4 && parts[1].equals("users") && parts[2].equals(accountId) && parts[3].equals("blocking")) {
            return method.equals("POST") && parts.length == 4 ? "block"
                    : method.equals("DELETE") && parts.length == 5 ? "unblock" : null;
        }
        return null;
    }

    private Reply hide(String id, boolean hidden) {
        Post post = posts.get(id);
        if (post == null) {
            return answer(200, JSON.writeValueAsString(Map.of("errors", List.of(Map.of("resource_type", "tweet",
                    "resource_id", id, "title", "Not Found Error",
                    "type", "https://api.twitter.com/2/problems/resource-not-found",
                    "detail", "Could not find tweet with id: [" + id + "].")))));
        }
        Post root = posts.get(post.conversationId());
        if (root == null || !root.authorId().equals(accountId)) {
            return problem("about:blank", "Forbidden", 403, "You are not permitted to perform this action.");
        }
        posts.put(id, new Post(post.id(), post.authorId(), post.conversationId(), post.inReplyTo(), post.text(), hidden));
        return answer(200, "{\"data\":{\"hidden\":" + hidden + "}}");
    }

    private Reply post(JsonNode body) {
        String text = body.path("text").asString("");
        if (text.isBlank()) {
            return problem("https://api.twitter.com/2/problems/invalid-request", "Invalid Request", 400,
                    "One or more parameters to your request was invalid.");
        }
        String parentId = body.path("reply").path("in_reply_to_tweet_id").asStringOpt().orElse(null);
        Post post;
        if (parentId != null) {
            Post parent = posts.get(parentId);
            if (parent == null) {
                return problem("https://api.twitter.com/2/problems/invalid-request", "Invalid Request", 400,
                        "The parent post does not exist.");
            }
            post = reply(parentId, accountId, text);
        } else {
            post = ownPost(text);
        }
        return answer(201, JSON.writeValueAsString(Map.of("data", Map.of("id", post.id(), "text", post.text(),
                "edit_history_tweet_ids", List.of(post.id())))));
    }

    private Reply directMessage(String participant, JsonNode body) {
        if (refusingDirectMessages.contains(participant)) {
            return problem("https://api.twitter.com/2/problems/client-forbidden", "Forbidden", 403,
                    "You cannot send messages to users who are not following you.");
        }
        directMessages.add(new DirectMessage(participant, body.path("text").asString("")));
        return answer(201, JSON.writeValueAsString(Map.of("data", Map.of("dm_conversation_id",
                participant + "-" + accountId, "dm_event_id", nextId()))));
    }

    private Reply block(String target, boolean block) {
        if (!enterprise) {
            return problem("https://api.twitter.com/2/problems/client-forbidden", "Client Forbidden", 403,
                    "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a "
                            + "Twitter developer App that is attached to a Project with the required access level.");
        }
        if (block) {
            blocked.add(target);
        } else {
            blocked.remove(target);
        }
        return answer(200, "{\"data\":{\"blocking\":" + block + "}}");
    }

    /** Understands {@code conversation_id:}, {@code from:} and {@code -is:reply}, the operators the connector uses. */
    private Reply search(Call call) {
        requests.computeIfAbsent("search", k -> new CopyOnWriteArrayList<>()).add(Instant.now());
        String query = call.param("query");
        List<Post> found = new ArrayList<>(posts.values());
        for (String term : (query == null ? "" : query).split(" ")) {
            if (term.startsWith("conversation_id:")) {
                found.removeIf(p -> !p.conversationId().equals(term.substring(16)));
            } else if (term.startsWith("from:")) {
                found.removeIf(p -> !p.authorId().equals(term.substring(5)));
            } else if (term.equals("-is:reply")) {
                found.removeIf(p -> p.inReplyTo() != null);
            }
        }
        List<Map<String, Object>> data = new ArrayList<>();
        for (Post p : found) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", p.id());
            Post parent = p.inReplyTo() == null ? null : posts.get(p.inReplyTo());
            // X writes the handle of the post answered before the text of a reply
            item.put("text", parent == null ? p.text() : "@user" + parent.authorId() + " " + p.text());
            if (p.inReplyTo() != null) {
                item.put("referenced_tweets", List.of(Map.of("type", "replied_to", "id", p.inReplyTo())));
            }
            data.add(item);
        }
        return answer(200, JSON.writeValueAsString(data.isEmpty() ? Map.of("meta", Map.of("result_count", 0))
                : Map.of("data", data, "meta", Map.of("result_count", data.size()))));
    }

    private static Reply problem(String type, String title, int status, String detail) {
        return answer(status, JSON.writeValueAsString(Map.of("type", type, "title", title, "status", status,
                "detail", detail)));
    }

    /** @return the answer, a problem (RFC 7807) when it is an error */
    private static Reply answer(int status, String body) {
        return new Reply(status, Map.of("Content-Type", status >= 400 ? "application/problem+json" : "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private String nextId() {
        return Long.toString(IDS.incrementAndGet());
    }
}
