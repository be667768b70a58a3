package it.piazza.platforms.meta;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import it.piazza.platforms.http.Signatures;
import it.piazza.testsupport.FakeHttpApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A faithful fake of the Graph API for one Facebook Page and one Instagram professional account
 * (docs/platform-apis.md §1), on the JDK HTTP server on a loopback port. It accepts any {@code /vNN.N} prefix
 * (or none), checks the token (header or {@code access_token}), keeps state (comments hidden and deleted,
 * replies, private replies once per comment within 7 days, messages, blocked users, posts, media containers),
 * answers with Graph's payloads and error envelopes, counts each effective state-changing request per
 * operation and target, and records every attempt. Switches inject failures into the next writes (rate limits
 * with {@code Retry-After} or Business-Use-Case headers, 5xx, permanent errors) or expire the token. It also
 * delivers webhooks to Piazza the way Meta does: non-ASCII escaped as a backslash, u and four hex digits, signed over exactly the
 * bytes sent.
 */
public final class FakeGraphApi implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VERSION = Pattern.compile("^/v\\d+\\.\\d+(?=/)");
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
            .withZone(ZoneOffset.UTC);

    /** A comment on the Page or the Instagram account. */
    public record Comment(String id, boolean instagram, String postId, @Nullable String parentId, String fromId,
            String fromName, String text, Instant created, boolean hidden, boolean deleted) {
    }

    /** A message sent through the Send API. */
    public record Sent(String from, @Nullable String commentId, @Nullable String recipientId, String text) {
    }

    /** A write request as it arrived, with the status answered. */
    public record Attempt(String operation, String target, Instant at, int status) {
    }

    /** A failure to answer to the next write instead of carrying it out. */
    public record Failure(int status, Map<String, Object> error, Map<String, String> headers) {

        /** A rate limit ({@code code} 4, 17, 32, 613) with a {@code Retry-After} in seconds. */
        public static Failure rateLimit(int code, long retryAfterSeconds) {
            return new Failure(400, Map.of("message", "(#" + code + ") Page request limit reached", "type", "OAuthException",
                    "code", code, "fbtrace_id", "AbCdEf"), Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
        }

        /** A Pages Business-Use-Case limit (80001) whose header gives the minutes to regain access. */
        public static Failure businessUseCaseLimit(String accountId, int minutes) {
            return new Failure(400, Map.of("message", "(#80001) There have been too many calls to this Page account.",
                    "type", "OAuthException", "code", 80001, "fbtrace_id", "AbCdEf"),
                    Map.of("X-Business-Use-Case-Usage", "{\"" + accountId + "\":[{\"type\":\"pages\",\"call_count\":100,"
                            + "\"total_cputime\":25,\"total_time\":25,\"estimated_time_to_regain_access\":" + minutes + "}]}"));
        }

        /** A 500 with Graph's transient service error. */
        public static Failure serverError() {
            return new Failure(500, Map.of("message", "An unexpected error has occurred. Please retry your request later.",
                    "type", "OAuthException", "is_transient", true, "code", 2, "fbtrace_id", "AbCdEf"), Map.of());
        }

        /** A Graph error with this code and subcode (0: none), HTTP 400. */
        public static Failure graphError(int code, int subcode, String message) {
            Map<String, Object> error = new LinkedHashMap<>(Map.of("message", message, "type", "OAuthException",
                    "code", code, "fbtrace_id", "AbCdEf"));
            if (subcode != 0) {
                error.put("error_subcode", subcode);
            }
            return new Failure(400, error, Map.of());
        }
    }

    private record Answer(int status, Object body, Map<String, String> headers) {
        static Answer ok(Object body) {
            return new Answer(200, body, Map.of());
        }

        static Answer error(Failure failure) {
            return new Answer(failure.status(), Map.of("error", failure.error()), failure.headers());
        }
    }

    private record Route(String operation, String target, Supplier<Answer> effect) {
    }

    private final HttpServer server;
    private final String token;
    private final String pageId;
    private final String igUserId;
    private final Map<String, Comment> comments = new ConcurrentHashMap<>();
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();
    private final Set<String> privatelyReplied = ConcurrentHashMap.newKeySet();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, String> containers = new ConcurrentHashMap<>();
    private final List<String> published = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> effective = new ConcurrentHashMap<>();
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(5_000_000);
    private volatile boolean tokenExpired;
    private final AtomicInteger effectiveWrites = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private volatile int holdAfter = Integer.MAX_VALUE;
    private volatile CountDownLatch holdReached = new CountDownLatch(0);
    private volatile CountDownLatch release = new CountDownLatch(0);
    private volatile Duration latency = Duration.ZERO;

    private FakeGraphApi(String token, String pageId, String igUserId) throws IOException {
        this.token = token;
        this.pageId = pageId;
        this.igUserId = igUserId;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** Starts a fake for the Page {@code pageId} and the Instagram account {@code igUserId}, accepting {@code token}. */
    public static FakeGraphApi start(String token, String pageId, String igUserId) {
        try {
            return new FakeGraphApi(token, pageId, igUserId);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Graph API", e);
        }
    }

    /** @return the fake's address, without a version (connections add theirs) */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- switches

    /**
     * Answers the next writes of {@code operation} ({@code hide}, {@code delete}, {@code reply},
     * {@code private_reply}, {@code block}, ...) with these failures, one each, in order.
     */
    public void failNext(String operation, Failure... next) {
        failures.computeIfAbsent(operation, k -> new ConcurrentLinkedDeque<>()).addAll(Arrays.asList(next));
    }

    /** Rejects the token from now on as expired (190, subcode 463), until {@link #renewToken()}. */
    public void expireToken() {
        tokenExpired = true;
    }

    /** Accepts the token again. */
    public void renewToken() {
        tokenExpired = false;
    }

    /**
     * From the {@code writes}-th effective write on, the platform carries out each write but holds its answer
     * until {@link #releaseAnswers()}: the caller cannot know it succeeded (a node killed during the call).
     *
     * @return counted down when the first answer is held
     */
    public CountDownLatch holdAnswersAfter(int writes) {
        holdReached = new CountDownLatch(1);
        release = new CountDownLatch(1);
        holdAfter = writes;
        return holdReached;
    }

    /** @return how many answers are held now */
    public int heldAnswers() {
        return held.get();
    }

    /** Lets the held answers go (to callers that may be gone) and holds no more. */
    public void releaseAnswers() {
        holdAfter = Integer.MAX_VALUE;
        release.countDown();
    }

    /** Answers every write only after this network latency. */
    public void delayAnswers(Duration latency) {
        this.latency = latency;
    }

    /** Forgets injected failures and accepts the token again (state and counts are kept). */
    public void reset() {
        failures.clear();
        tokenExpired = false;
    }

    // ---- state and counts

    /** @return how many times {@code operation} took effect on {@code target} */
    public int count(String operation, String target) {
        AtomicInteger n = effective.get(operation + " " + target);
        return n == null ? 0 : n.get();
    }

    /** @return the attempts of {@code operation} on {@code target}, failed or not, in order */
    public List<Attempt> attempts(String operation, String target) {
        return attempts.stream().filter(a -> a.operation().equals(operation) && a.target().equals(target)).toList();
    }

    /** @return the comment as the fake holds it */
    public Comment comment(String id) {
        Comment c = comments.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no comment " + id);
        }
        return c;
    }

    /** @return the replies under a comment, oldest first */
    public List<Comment> replies(String commentId) {
        return comments.values().stream().filter(c -> commentId.equals(c.parentId()) && !c.deleted())
                .sorted(java.util.Comparator.comparing(Comment::id)).toList();
    }

    /** @return the messages sent through the Send API */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** @return whether the Page blocks the user */
    public boolean blocks(String userId) {
        return blocked.contains(userId);
    }

    /** @return the ids of what was published (Page posts and Instagram media) */
    public List<String> published() {
        return List.copyOf(published);
    }

    /** Adds a comment to the fake's state (the webhook builders do it too). */
    public Comment add(Comment comment) {
        comments.put(comment.id(), comment);
        return comment;
    }

    // ---- webhooks as Meta sends them

    /**
     * Adds a Facebook comment and returns the Page {@code feed} delivery announcing it.
     *
     * @param parentId the comment it answers, or null for a top-level comment ({@code parent_id} is then the post)
     */
    public String facebookComment(String commentId, String postId, @Nullable String parentId, String fromId,
            String fromName, String message, Instant created) {
        add(new Comment(commentId, false, postId, parentId, fromId, fromName, message, created, false, false));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("from", Map.of("id", fromId, "name", fromName));
        value.put("post", Map.of("id", postId, "status_type", "added_photos", "is_published", true,
                "updated_time", GRAPH_TIME.format(created), "permalink_url", "https://www.facebook.com/" + postId,
                "promotion_status", "inactive"));
        value.put("message", message);
        value.put("post_id", postId);
        value.put("comment_id", commentId);
        value.put("parent_id", parentId == null ? postId : parentId);
        value.put("created_time", created.getEpochSecond());
        value.put("item", "comment");
        value.put("verb", "add");
        return delivery("page", pageId, created.getEpochSecond(), "changes", List.of(Map.of("field", "feed", "value", value)));
    }

    /** Adds an Instagram comment and returns the {@code comments} delivery announcing it, in the {@code changes} form. */
    public String instagramComment(String commentId, String mediaId, @Nullable String parentId, String fromId,
            String username, String text, Instant created) {
        add(new Comment(commentId, true, mediaId, parentId, fromId, username, text, created, false, false));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", commentId);
        value.put("text", text);
        if (parentId != null) {
            value.put("parent_id", parentId);
        }
        value.put("from", Map.of("id", fromId, "username", username, "self_ig_scoped_id", "ig-" + fromId));
        value.put("media", Map.of("id", mediaId, "media_product_type", "FEED"));
        return delivery("instagram", igUserId, created.getEpochSecond(), "changes",
                List.of(Map.of("field", "comments", "value", value)));
    }

    /** @return a {@code messages} delivery of a private message to the Page ({@code page}) or account ({@code instagram}) */
    public String message(String object, String mid, String senderId, String text, Instant sentAt) {
        String own = object.equals("page") ? pageId : igUserId;
        return delivery(object, own, sentAt.toEpochMilli(), "messaging", List.of(Map.of(
                "sender", Map.of("id", senderId), "recipient", Map.of("id", own), "timestamp", sentAt.toEpochMilli(),
                "message", Map.of("mid", mid, "text", text))));
    }

    private static String delivery(String object, String entryId, long time, String kind, List<Object> items) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", entryId);
        entry.put("time", time);
        entry.put(kind, items);
        return metaJson(Map.of("object", object, "entry", List.of(entry)));
    }

    /**
     * @return the value as JSON the way Meta writes it: every non-ASCII UTF-16 unit escaped as a lowercase
     *         backslash-u and four lowercase hex digits and {@code /} as {@code \/}, so the bytes are ASCII and differ from a re-serialisation
     */
    static String metaJson(Object value) {
        String plain = JSON.writeValueAsString(value);
        StringBuilder out = new StringBuilder(plain.length() + 32);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c > 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (c == '/') {
                out.append("\\/");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** @return {@code sha256=<hex>} of the bytes with the app secret, as Meta's {@code X-Hub-Signature-256} */
    public static String signature(String appSecret, byte[] body) {
        return "sha256=" + Signatures.hex(appSecret, body);
    }

    /** Posts a delivery to Piazza signed with {@code appSecret} over exactly the bytes sent. */
    public HttpResponse<String> deliver(URI webhook, String appSecret, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(webhook, bytes, Map.of("X-Hub-Signature-256", signature(appSecret, bytes)));
    }

    /** Posts bytes to Piazza with these headers (a wrong signature, none, a malformed body). */
    public HttpResponse<String> post(URI webhook, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return FakeHttpApi.toPiazza(request);
    }

    // ---- the API

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = VERSION.matcher(exchange.getRequestURI().getRawPath()).replaceFirst("");
            Map<String, String> params = parameters(exchange.getRequestURI().getRawQuery());
            byte[] body = exchange.getRequestBody().readAllBytes();
            String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (contentType.startsWith("application/x-www-form-urlencoded")) {
                params.putAll(parameters(new String(body, StandardCharsets.UTF_8)));
            }
            Answer answer = answer(exchange, path, params, body);
            send(exchange, answer);
        }
    }

    private Answer answer(HttpExchange exchange, String path, Map<String, String> params, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String given = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7)
                : params.get("access_token");
        if (given == null) {
            return Answer.error(Failure.graphError(104, 0, "An access token is required to request this resource."));
        }
        if (!given.equals(token)) {
            return Answer.error(Failure.graphError(190, 0, "Invalid OAuth access token - Cannot parse access token"));
        }
        if (tokenExpired) {
            return Answer.error(Failure.graphError(190, 463,
                    "Error validating access token: Session has expired on Sunday, 22-Nov-26 10:00:00 PST."));
        }
        String method = exchange.getRequestMethod();
        String[] segments = path.replaceFirst("^/", "").split("/");
        if (method.equals("GET")) {
            return read(segments, params);
        }
        Route route = route(method, segments, params, body);
        if (route == null) {
            return Answer.error(Failure.graphError(100, 0, "(#100) Unsupported " + method.toLowerCase() + " request."));
        }
        Deque<Failure> planned = failures.get(route.operation());
        Failure failure = planned == null ? null : planned.poll();
        Answer answer = failure != null ? Answer.error(failure) : route.effect().get();
        attempts.add(new Attempt(route.operation(), route.target(), Instant.now(), answer.status()));
        if (answer.status() == 200) {
            effective.computeIfAbsent(route.operation() + " " + route.target(), k -> new AtomicInteger()).incrementAndGet();
            if (effectiveWrites.incrementAndGet() >= holdAfter) {
                hold();
            }
        }
        if (!latency.isZero()) {
            LockSupport.parkNanos(latency.toNanos());
        }
        return answer;
    }

    private void hold() {
        held.incrementAndGet();
        holdReached.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.decrementAndGet();
        }
    }

    private @Nullable Route route(String method, String[] s, Map<String, String> p, byte[] body) {
        if (s.length == 1 && method.equals("POST") && p.containsKey("is_hidden")) {
            boolean hide = Boolean.parseBoolean(p.get("is_hidden"));
            return new Route(hide ? "hide" : "unhide", s[0], () -> hide(s[0], false, hide));
        }
        if (s.length == 1 && method.equals("POST") && p.containsKey("hide")) {
            boolean hide = Boolean.parseBoolean(p.get("hide"));
            return new Route(hide ? "hide" : "unhide", s[0], () -> hide(s[0], true, hide));
        }
        if (s.length == 1 && method.equals("DELETE")) {
            return new Route("delete", s[0], () -> delete(s[0]));
        }
        if (s.length == 2 && method.equals("POST") && (s[1].equals("comments") || s[1].equals("replies"))) {
            return new Route("reply", s[0], () -> reply(s[0], s[1].equals("replies"), p.get("message")));
        }
        if (s.length == 2 && method.equals("POST") && s[1].equals("messages")) {
            JsonNode json = JSON.readTree(body);
            String commentId = json.path("recipient").path("comment_id").asString(null);
            String recipient = json.path("recipient").path("id").asString(null);
            return new Route(commentId != null ? "private_reply" : "message", commentId != null ? commentId : String.valueOf(recipient),
                    () -> message(s[0], json, commentId, recipient));
        }
        if (s.length == 2 && s[0].equals(pageId) && s[1].equals("blocked")) {
            if (method.equals("POST")) {
                List<String> users = list(p.get("user"));
                return new Route("block", String.join(",", users), () -> block(users));
            }
            String user = String.valueOf(p.get("user"));
            return new Route("unblock", user, () -> {
                blocked.remove(user);
                return Answer.ok(Map.of("success", true));
            });
        }
        if (s.length == 2 && s[0].equals(pageId) && s[1].equals("feed") && method.equals("POST")) {
            return new Route("publish", pageId, () -> publish(pageId + "_" + ids.incrementAndGet(), p.get("message")));
        }
        if (s.length == 2 && s[0].equals(igUserId) && s[1].equals("media") && method.equals("POST")) {
            return new Route("media", igUserId, () -> container(p.get("image_url"), p.get("caption")));
        }
        if (s.length == 2 && s[0].equals(igUserId) && s[1].equals("media_publish") && method.equals("POST")) {
            return new Route("media_publish", igUserId, () -> {
                String container = containers.remove(String.valueOf(p.get("creation_id")));
                return container == null ? Answer.error(Failure.graphError(100, 0, "(#100) Invalid creation_id"))
                        : publish(String.valueOf(ids.incrementAndGet()), container);
            });
        }
        return null;
    }

    private Answer hide(String id, boolean instagramParameter, boolean hide) {
        Comment c = comments.get(id);
        if (c == null || c.deleted()) {
            return gone(id);
        }
        if (c.instagram() != instagramParameter) {
            return Answer.error(Failure.graphError(100, 0, "(#100) Param " + (instagramParameter ? "hide" : "is_hidden")
                    + " is not a valid parameter for this object"));
        }
        comments.put(id, new Comment(c.id(), c.instagram(), c.postId(), c.parentId(), c.fromId(), c.fromName(), c.text(),
                c.created(), hide, false));
        return Answer.ok(Map.of("success", true));
    }

    private Answer delete(String id) {
        Comment c = comments.get(id);
        if (c == null || c.deleted()) {
            return gone(id);
        }
        comments.put(id, new Comment(c.id(), c.instagram(), c.postId(), c.parentId(), c.fromId(), c.fromName(), c.text(),
                c.created(), c.hidden(), true));
        return Answer.ok(Map.of("success", true));
    }

    private Answer reply(String id, boolean instagram, @Nullable String message) {
        Comment c = comments.get(id);
        if (c == null || c.deleted() || c.instagram() != instagram) {
            return gone(id);
        }
        if (message == null || message.isBlank()) {
            return Answer.error(Failure.graphError(100, 0, "(#100) The parameter message is required"));
        }
        String replyId = instagram ? String.valueOf(ids.incrementAndGet())
                : c.postId().substring(c.postId().indexOf('_') + 1) + "_" + ids.incrementAndGet();
        add(new Comment(replyId, instagram, c.postId(), id, instagram ? igUserId : pageId, instagram ? "comunedimassa"
                : "Comune di Massa", message, Instant.now(), false, false));
        return Answer.ok(Map.of("id", replyId));
    }

    private Answer message(String account, JsonNode json, @Nullable String commentId, @Nullable String recipient) {
        if (!account.equals(pageId) && !account.equals(igUserId)) {
            return gone(account);
        }
        String text = json.path("message").path("text").asString("");
        if (text.isBlank()) {
            return Answer.error(Failure.graphError(100, 0, "(#100) The parameter message is required"));
        }
        if (commentId != null) {
            Comment c = comments.get(commentId);
            if (c == null || c.deleted()) {
                return gone(commentId);
            }
            if (c.created().isBefore(Instant.now().minus(java.time.Duration.ofDays(7)))) {
                return Answer.error(Failure.graphError(10, 2018278, "(#10) This message is sent outside of allowed window."));
            }
            if (!privatelyReplied.add(commentId)) {
                return Answer.error(Failure.graphError(10900, 0, "Activity already replied to"));
            }
            sent.add(new Sent(account, commentId, null, text));
            return Answer.ok(Map.of("recipient_id", c.fromId(), "message_id", "m_" + ids.incrementAndGet()));
        }
        if (recipient == null) {
            return Answer.error(Failure.graphError(100, 0, "(#100) The parameter recipient is required"));
        }
        if (!"RESPONSE".equals(json.path("messaging_type").asString(null))
                && !"UPDATE".equals(json.path("messaging_type").asString(null))) {
            return Answer.error(Failure.graphError(100, 0, "(#100) The parameter messaging_type is required"));
        }
        sent.add(new Sent(account, null, recipient, text));
        return Answer.ok(Map.of("recipient_id", recipient, "message_id", "m_" + ids.incrementAndGet()));
    }

    private Answer block(List<String> users) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (String user : users) {
            blocked.add(user);
            result.put(user, true);
        }
        return users.isEmpty() ? Answer.error(Failure.graphError(100, 0, "(#100) The parameter user is required"))
                : Answer.ok(result);
    }

    private Answer publish(String id, @Nullable String message) {
        if (message == null || message.isBlank()) {
            return Answer.error(Failure.graphError(100, 0, "(#100) The parameter message is required"));
        }
        published.add(id);
        return Answer.ok(Map.of("id", id));
    }

    private Answer container(@Nullable String imageUrl, @Nullable String caption) {
        if (imageUrl == null || imageUrl.isBlank()) {
            return Answer.error(Failure.graphError(9004, 0, "Only photo or video can be accepted as media type."));
        }
        String id = String.valueOf(ids.incrementAndGet());
        containers.put(id, caption == null ? "" : caption);
        return Answer.ok(Map.of("id", id));
    }

    private Answer read(String[] s, Map<String, String> p) {
        if (s.length == 2 && s[0].equals(pageId) && s[1].equals("blocked")) {
            String user = p.get("user");
            List<Object> data = user != null && blocked.contains(user) ? List.of(Map.of("id", user, "name", "Utente")) : List.of();
            return Answer.ok(Map.of("data", data, "paging", Map.of()));
        }
        Comment c = comments.get(s[0]);
        if (c == null || c.deleted()) {
            return gone(s[0]);
        }
        if (s.length == 2 && (s[1].equals("comments") && !c.instagram() || s[1].equals("replies") && c.instagram())) {
            List<Object> data = new ArrayList<>();
            replies(c.id()).forEach(r -> data.add(object(r, null)));
            return Answer.ok(Map.of("data", data, "paging", Map.of("cursors", Map.of("before", "QVFIUk", "after", "QVFIUl"))));
        }
        if (s.length == 1) {
            return Answer.ok(object(c, p.get("fields")));
        }
        return Answer.error(Failure.graphError(100, 0, "(#100) Tried accessing nonexisting field (" + s[1] + ")"));
    }

    private Map<String, Object> object(Comment c, @Nullable String fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("id", c.id());
        if (c.instagram()) {
            all.put("text", c.text());
            all.put("timestamp", GRAPH_TIME.format(c.created()));
            all.put("username", c.fromName());
            all.put("from", Map.of("id", c.fromId(), "username", c.fromName()));
            all.put("hidden", c.hidden());
        } else {
            all.put("message", c.text());
            all.put("created_time", GRAPH_TIME.format(c.created()));
            all.put("from", Map.of("id", c.fromId(), "name", c.fromName()));
            all.put("is_hidden", c.hidden());
            all.put("can_reply_privately", !privatelyReplied.contains(c.id()));
        }
        if (fields == null) {
            return all;
        }
        Set<String> wanted = Set.of(fields.split(","));
        Map<String, Object> some = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.equals("id") || wanted.contains(k)) {
                some.put(k, v);
            }
        });
        return some;
    }

    private static Answer gone(String id) {
        return Answer.error(Failure.graphError(100, 33, "Unsupported get request. Object with ID '" + id + "' does not "
                + "exist, cannot be loaded due to missing permissions, or does not support this operation."));
    }

    private static List<String> list(@Nullable String value) {
        if (value == null) {
            return List.of();
        }
        String v = value.strip();
        if (v.startsWith("[")) {
            List<String> users = new ArrayList<>();
            JSON.readTree(v).forEach(n -> users.add(n.asString()));
            return users;
        }
        return List.of(v.split(","));
    }

    private static Map<String, String> parameters(@Nullable String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = metaJson(answer.body()).getBytes(StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.getResponseHeaders().set("X-App-Usage", "{\"call_count\":5,\"total_time\":3,\"total_cputime\":2}");
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
