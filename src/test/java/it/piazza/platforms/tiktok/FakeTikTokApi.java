package it.piazza.platforms.tiktok;

import it.piazza.testsupport.FakeHttpApi;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TikTok's API for Business comment endpoints as docs/platform-apis.md §7 describes them: the envelope
 * {@code {"code","message","request_id","data"}} (errors with HTTP 200 and a non-zero code), ids as JSON numbers
 * too large for a double, cursor paging, hide/unhide requiring the video, replies; switches for an invalid token,
 * the request limit and server errors.
 */
final class FakeTikTokApi extends FakeHttpApi {

    static final String BUSINESS = "-000AbCdEfGh";
    static final String VIDEO = "7300000000000000001";
    static final String TOKEN = "act.tiktok";

    /** A comment as TikTok keeps it. */
    static final class Comment {
        final BigInteger id;
        final String userId;
        final String text;
        final Instant at;
        final @Nullable BigInteger parent;
        String status = "PUBLIC";

        Comment(BigInteger id, String userId, String text, Instant at, @Nullable BigInteger parent) {
            this.id = id;
            this.userId = userId;
            this.text = text;
            this.at = at;
            this.parent = parent;
        }
    }

    private final List<Comment> comments = new ArrayList<>();
    private BigInteger next = new BigInteger("7345678901234567890");
    private int pageSize = 20;
    private boolean tokenInvalid;
    private int limited;
    private int serverErrors;

    synchronized String comment(String userId, String text, Instant at, @Nullable String parent) {
        Comment c = new Comment(next, userId, text, at, parent == null ? null : new BigInteger(parent));
        next = next.add(BigInteger.ONE);
        comments.add(c);
        return c.id.toString();
    }

    synchronized String status(String id) {
        return find(id).status;
    }

    synchronized List<Comment> repliesBy(String userId) {
        return comments.stream().filter(c -> c.parent != null && c.userId.equals(userId)).toList();
    }

    synchronized void pageSize(int size) {
        pageSize = size;
    }

    synchronized void invalidateToken() {
        tokenInvalid = true;
    }

    synchronized void limit(int n) {
        limited = n;
    }

    synchronized void serverErrors(int n) {
        serverErrors = n;
    }

    int hides() {
        return count("POST /business/comment/hide/");
    }

    @Override
    protected Reply handle(Call call) {
        if (tokenInvalid || !TOKEN.equals(call.header("Access-Token"))) {
            return envelope(40105, "The access token is invalid or has been revoked.", null);
        }
        if (limited > 0) {
            limited--;
            return envelope(40100, "Too many requests. Please retry in some time.", null);
        }
        if (serverErrors > 0 && call.method().equals("POST")) {
            serverErrors--;
            return envelope(50002, "Internal error. Please retry later.", null);
        }
        return switch (call.method() + " " + call.path()) {
            case "GET /business/comment/list/" -> list(call);
            case "POST /business/comment/hide/" -> hide(call.json());
            case "POST /business/comment/reply/create/" -> reply(call.json());
            default -> Reply.json(404, object().put("code", 40400).put("message", "Not found"));
        };
    }

    private Reply list(Call call) {
        if (!BUSINESS.equals(call.param("business_id")) || call.param("video_id") == null) {
            return envelope(40002, "video_id: Missing data for required field.", null);
        }
        String status = call.param("status") == null ? "ALL" : call.param("status");
        List<Comment> matching = comments.stream().filter(c -> status.equals("ALL") || c.status.equals(status)).toList();
        int from = call.param("cursor") == null ? 0 : Integer.parseInt(call.param("cursor"));
        int to = Math.min(matching.size(), from + pageSize);
        ObjectNode data = object();
        ArrayNode list = data.putArray("comments");
        for (Comment c : matching.subList(Math.min(from, matching.size()), to)) {
            ObjectNode node = list.addObject().put("comment_id", c.id).put("video_id", VIDEO).put("user_id", c.userId)
                    .put("username", "user_" + c.userId).put("text", c.text).put("create_time", c.at.getEpochSecond())
                    .put("likes", 0).put("replies", 0).put("status", c.status).put("owner", c.userId.equals(BUSINESS));
            if (c.parent != null) {
                node.put("parent_comment_id", c.parent);
            }
        }
        data.put("cursor", to).put("has_more", to < matching.size());
        return envelope(0, "OK", data);
    }

    private Reply hide(JsonNode body) {
        if (body.path("video_id").asString("").isEmpty()) {
            return envelope(40002, "video_id: Missing data for required field.", null);
        }
        Comment c = find(body.path("comment_id").asString(""));
        if (c == null) {
            return envelope(40002, "comment_id: The comment does not exist.", null);
        }
        c.status = body.path("action").asString().equals("HIDE") ? "HIDDEN" : "PUBLIC";
        return envelope(0, "OK", object());
    }

    private Reply reply(JsonNode body) {
        Comment parent = find(body.path("comment_id").asString(""));
        if (parent == null || body.path("video_id").asString("").isEmpty()) {
            return envelope(40002, "comment_id: The comment does not exist.", null);
        }
        String id = comment(BUSINESS, body.path("text").asString(), Instant.now(), parent.id.toString());
        return envelope(0, "OK", object().put("comment_id", new BigInteger(id)).put("video_id", VIDEO));
    }

    private @Nullable Comment find(String id) {
        return comments.stream().filter(c -> c.id.toString().equals(id)).findFirst().orElse(null);
    }

    private static Reply envelope(long code, String message, @Nullable ObjectNode data) {
        ObjectNode body = object().put("code", code).put("message", message).put("request_id", UUID.randomUUID().toString());
        body.set("data", data == null ? object() : data);
        return Reply.json(200, body);
    }
}
