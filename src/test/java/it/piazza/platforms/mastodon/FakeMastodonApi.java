package it.piazza.platforms.mastodon;

import it.piazza.testsupport.FakeHttpApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Mastodon server as docs/platform-apis.md §4 describes it: mention notifications paged with
 * {@code max_id}/{@code since_id}/{@code min_id} and {@code Link} headers, ids as strings too large for a long,
 * statuses with HTML content, {@code Idempotency-Key} on posting, blocks, relationships, thread context, the
 * {@code {"error"}} envelope, and switches for a revoked token, 429 with {@code X-RateLimit-Reset}, 5xx answers.
 */
final class FakeMastodonApi extends FakeHttpApi {

    static final String OWN = "109000000000000000001";
    static final String TOKEN = "mastodon-token";

    private final List<ObjectNode> notifications = new ArrayList<>();
    private final Map<String, ObjectNode> statuses = new LinkedHashMap<>();
    private final Map<String, String> byIdempotencyKey = new HashMap<>();
    private final Set<String> blocked = new HashSet<>();
    /** Shared by the fakes of one JVM, so that ids never repeat across tests on one database. */
    private static final AtomicLong NEXT = new AtomicLong(110_000_000_000_000_000L);
    private int pageSize = 40;
    private boolean revoked;
    private @Nullable Instant rateLimitedUntil;
    private int rateLimitAnswers;
    private final List<Instant> notificationCalls = new ArrayList<>();
    private int serverErrors;

    // --- state and switches

    private String id() {
        // 21 digits: more than a long holds, as a reminder that ids are strings
        return "1" + NEXT.getAndIncrement();
    }

    /** A status from {@code acct} (account {@code accountId}) that mentions the ente, with its notification. */
    synchronized String mention(String accountId, String acct, String html, String visibility, @Nullable String inReplyTo,
            Instant at) {
        ObjectNode status = status(accountId, acct, html, visibility, inReplyTo, at);
        ObjectNode notification = object().put("id", id()).put("type", "mention").put("created_at", at.toString());
        notification.set("account", status.get("account"));
        notification.set("status", status);
        notifications.add(notification);
        return status.get("id").asString();
    }

    /** A status of the ente itself (e.g. the post people answer). */
    synchronized String ownStatus(String text, Instant at) {
        return status(OWN, "comune", "<p>" + text + "</p>", "public", null, at).get("id").asString();
    }

    private ObjectNode status(String accountId, String acct, String html, String visibility, @Nullable String inReplyTo,
            Instant at) {
        String id = id();
        ObjectNode status = object().put("id", id).put("uri", "https://fake.example/statuses/" + id)
                .put("created_at", at.toString()).put("content", html).put("visibility", visibility)
                .put("sensitive", false).put("spoiler_text", "").put("in_reply_to_id", inReplyTo)
                .put("in_reply_to_account_id", inReplyTo == null ? null : statuses.get(inReplyTo).path("account").path("id").asString())
                .put("replies_count", 0).put("language", "it");
        status.putObject("account").put("id", accountId).put("username", acct).put("acct", acct)
                .put("display_name", acct.equals("comune") ? "Comune" : "").put("url", "https://fake.example/@" + acct);
        status.putArray("media_attachments");
        status.putArray("mentions");
        statuses.put(id, status);
        return status;
    }

    synchronized List<JsonNode> statusesBy(String accountId) {
        return statuses.values().stream().filter(s -> s.path("account").path("id").asString().equals(accountId))
                .map(s -> (JsonNode) s).toList();
    }

    synchronized boolean blocked(String accountId) {
        return blocked.contains(accountId);
    }

    synchronized void pageSize(int size) {
        pageSize = size;
    }

    synchronized void revoke() {
        revoked = true;
    }

    /** Every call answers 429 with this {@code X-RateLimit-Reset} until then. */
    synchronized void rateLimitedUntil(@Nullable Instant until) {
        rateLimitedUntil = until;
    }

    /** The next {@code n} state-changing calls answer 503 (reads keep working). */
    synchronized int rateLimitAnswers() {
        return rateLimitAnswers;
    }

    /** @return when the notifications were asked for */
    synchronized List<Instant> notificationCalls() {
        return List.copyOf(notificationCalls);
    }

    synchronized void serverErrors(int n) {
        serverErrors = n;
    }

    int posts() {
        return count("POST /api/v1/statuses");
    }

    // --- the API

    @Override
    protected Reply handle(Call call) {
        if (revoked || !("Bearer " + TOKEN).equals(call.header("Authorization"))) {
            return error(401, "The access token is invalid");
        }
        if (call.path().equals("/api/v1/notifications")) {
            notificationCalls.add(Instant.now());
        }
        if (rateLimitedUntil != null && Instant.now().isBefore(rateLimitedUntil)) {
            rateLimitAnswers++;
            return error(429, "Too many requests").with("X-RateLimit-Limit", "300")
                    .with("X-RateLimit-Remaining", "0").with("X-RateLimit-Reset", rateLimitedUntil.toString());
        }
        if (serverErrors > 0 && call.method().equals("POST")) {
            serverErrors--;
            return error(503, "Service Unavailable");
        }
        String path = call.path();
        String[] parts = path.split("/");
        if (call.method().equals("GET") && path.equals("/api/v1/notifications")) {
            return notifications(call);
        }
        if (call.method().equals("POST") && path.equals("/api/v1/statuses")) {
            return post(call);
        }
        if (call.method().equals("GET") && path.equals("/api/v1/accounts/relationships")) {
            ArrayNode list = JSON.createArrayNode();
            call.query().getOrDefault("id[]", List.of()).forEach(id -> list.add(relationship(id)));
            return Reply.json(200, list);
        }
        if (call.method().equals("GET") && parts.length == 5 && path.startsWith("/api/v1/statuses/")) {
            ObjectNode status = statuses.get(parts[4]);
            return status == null ? error(404, "Record not found") : Reply.json(200, status);
        }
        if (call.method().equals("GET") && parts.length == 6 && path.startsWith("/api/v1/statuses/") && parts[5].equals("context")) {
            ObjectNode context = object();
            context.putArray("ancestors");
            ArrayNode descendants = context.putArray("descendants");
            statuses.values().stream().filter(s -> parts[4].equals(s.path("in_reply_to_id").asString(null)))
                    .forEach(descendants::add);
            return Reply.json(200, context);
        }
        if (call.method().equals("POST") && parts.length == 6 && path.startsWith("/api/v1/accounts/")
                && (parts[5].equals("block") || parts[5].equals("unblock"))) {
            boolean known = statuses.values().stream().anyMatch(s -> s.path("account").path("id").asString().equals(parts[4]));
            if (!known) {
                return error(404, "Record not found");
            }
            if (parts[5].equals("block")) {
                blocked.add(parts[4]);
            } else {
                blocked.remove(parts[4]);
            }
            return Reply.json(200, relationship(parts[4]));
        }
        return error(404, "Record not found");
    }

    private Reply notifications(Call call) {
        if (!List.of("mention").equals(call.query().get("types[]"))) {
            return error(422, "this fake serves mentions only");
        }
        int limit = Math.min(pageSize, Math.min(80, Integer.parseInt(call.param("limit") == null ? "40" : call.param("limit"))));
        // positions in arrival order: ids are compared by position, never as numbers
        int end = notifications.size();
        int start;
        if (call.param("min_id") != null) {
            start = position(call.param("min_id")) + 1;
            end = Math.min(end, start + limit);
        } else {
            if (call.param("max_id") != null) {
                end = position(call.param("max_id"));
            }
            int floor = call.param("since_id") == null ? 0 : position(call.param("since_id")) + 1;
            start = Math.max(floor, end - limit);
        }
        List<ObjectNode> page = new ArrayList<>(notifications.subList(Math.max(0, start), Math.max(Math.max(0, start), end))).reversed();
        ArrayNode body = JSON.createArrayNode();
        page.forEach(body::add);
        Reply reply = Reply.json(200, body);
        if (!page.isEmpty()) {
            String link = base() + "/api/v1/notifications?types%5B%5D=mention&limit=" + limit;
            reply = reply.with("Link", "<" + link + "&max_id=" + page.getLast().get("id").asString() + ">; rel=\"next\", <"
                    + link + "&min_id=" + page.getFirst().get("id").asString() + ">; rel=\"prev\"");
        }
        return reply;
    }

    private int position(String id) {
        for (int i = 0; i < notifications.size(); i++) {
            if (notifications.get(i).get("id").asString().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private Reply post(Call call) {
        String key = call.header("Idempotency-Key");
        if (key != null && byIdempotencyKey.containsKey(key)) {
            return Reply.json(200, statuses.get(byIdempotencyKey.get(key)));
        }
        JsonNode body = call.json();
        String text = body.path("status").asString("");
        if (text.isBlank()) {
            return error(422, "Validation failed: Text can't be blank");
        }
        String inReplyTo = body.path("in_reply_to_id").asString(null);
        if (inReplyTo != null && !statuses.containsKey(inReplyTo)) {
            return error(404, "Record not found");
        }
        String html = "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
        ObjectNode status = status(OWN, "comune", html, body.path("visibility").asString("public"), inReplyTo, Instant.now());
        if (key != null) {
            byIdempotencyKey.put(key, status.get("id").asString());
        }
        return Reply.json(200, status);
    }

    private ObjectNode relationship(String id) {
        return object().put("id", id).put("following", false).put("blocking", blocked.contains(id))
                .put("muting", false).put("requested", false);
    }

    private static Reply error(int status, String message) {
        return Reply.json(status, object().put("error", message));
    }
}
