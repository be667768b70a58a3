package it.piazza.platforms.linkedin;

import it.piazza.platforms.http.Signatures;
import it.piazza.testsupport.FakeHttpApi;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * LinkedIn's Comments API as docs/platform-apis.md §6 describes it: {@code socialActions/{urn}/comments} listed
 * with {@code start}/{@code count} paging and created with 201 and {@code x-restli-id}, the version headers
 * required, errors as {@code {"status","code","message"}}, and webhooks signed with the client secret; switches
 * for a revoked token, 429 and 5xx answers.
 */
final class FakeLinkedInApi extends FakeHttpApi {

    static final String ORG = "urn:li:organization:123";
    static final String POST = "urn:li:ugcPost:7000";
    static final String TOKEN = "li-token";
    static final String CLIENT_SECRET = "li-client-secret";

    private final List<ObjectNode> comments = new ArrayList<>();
    private int pageSize = 50;
    private boolean revoked;
    private int throttled;
    private int serverErrors;

    synchronized String comment(String id, String actor, String text, Instant at, @Nullable String parent) {
        String urn = "urn:li:comment:(urn:li:activity:7000," + id + ")";
        ObjectNode c = object().put("id", id).put("commentUrn", urn).put("$URN", urn).put("actor", actor)
                .put("object", POST);
        c.putObject("created").put("actor", actor).put("time", at.toEpochMilli());
        c.putObject("message").put("text", text).putArray("attributes");
        if (parent != null) {
            c.put("parentComment", parent);
        }
        comments.add(c);
        return urn;
    }

    synchronized List<JsonNode> commentsBy(String actor) {
        return comments.stream().filter(c -> c.path("actor").asString().equals(actor)).map(c -> (JsonNode) c).toList();
    }

    synchronized void pageSize(int size) {
        pageSize = size;
    }

    synchronized void revoke() {
        revoked = true;
    }

    synchronized void throttle(int n) {
        throttled = n;
    }

    synchronized void serverErrors(int n) {
        serverErrors = n;
    }

    /** @return the hex HMAC-SHA256 LinkedIn puts in {@code X-LI-Signature} */
    static String sign(byte[] body) {
        return Signatures.hex(CLIENT_SECRET, body);
    }

    /** @return a webhook delivery of one member's comment */
    static byte[] notification(String commentUrn, String actor, String text, Instant at) {
        ObjectNode payload = object().put("type", "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS");
        ObjectNode n = payload.putArray("notifications").addObject().put("action", "COMMENT")
                .put("organizationalEntity", ORG).put("sourcePost", POST).put("generatedActivity", commentUrn)
                .put("actor", actor).put("lastModifiedAt", at.toEpochMilli());
        n.putObject("decoratedGeneratedActivity").putObject("comment").put("entity", commentUrn).put("text", text);
        return JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected Reply handle(Call call) {
        if (revoked || !("Bearer " + TOKEN).equals(call.header("Authorization"))) {
            return error(401, "INVALID_ACCESS_TOKEN", "Invalid access token");
        }
        if (call.header("LinkedIn-Version") == null || !"2.0.0".equals(call.header("X-Restli-Protocol-Version"))) {
            return error(400, "VERSION_MISSING", "A version must be present. Please specify a version by adding the LinkedIn-Version header.");
        }
        if (throttled > 0) {
            throttled--;
            return error(429, "TOO_MANY_REQUESTS", "Resource level throttle limit reached").with("Retry-After", "60");
        }
        if (serverErrors > 0 && call.method().equals("POST")) {
            serverErrors--;
            return error(500, "INTERNAL_SERVER_ERROR", "Internal Server Error");
        }
        String[] parts = call.path().split("/");
        if (parts.length != 5 || !call.path().startsWith("/rest/socialActions/") || !parts[4].equals("comments")) {
            return error(404, "NOT_FOUND", "Not Found");
        }
        String target = parts[3];
        return call.method().equals("GET") ? list(call, target) : create(call, target);
    }

    private Reply list(Call call, String post) {
        List<ObjectNode> onPost = comments.stream().filter(c -> c.path("object").asString().equals(post)).toList();
        int start = Integer.parseInt(call.param("start") == null ? "0" : call.param("start"));
        int count = Math.min(pageSize, Integer.parseInt(call.param("count") == null ? "10" : call.param("count")));
        ObjectNode body = object();
        ArrayNode elements = body.putArray("elements");
        onPost.subList(Math.min(start, onPost.size()), Math.min(start + count, onPost.size())).forEach(elements::add);
        body.putObject("paging").put("start", start).put("count", count).put("total", onPost.size());
        return Reply.json(200, body);
    }

    private Reply create(Call call, String target) {
        JsonNode body = call.json();
        boolean known = comments.stream().anyMatch(c -> c.path("commentUrn").asString().equals(target));
        if (!known || !body.path("parentComment").asString("").equals(target)) {
            return error(404, "NOT_FOUND", "Parent comment not found");
        }
        if (!ORG.equals(body.path("actor").asString(""))) {
            return error(403, "ACCESS_DENIED", "Not enough permissions to comment as this actor");
        }
        String urn = comment("r" + comments.size(), ORG, body.path("message").path("text").asString(), Instant.now(), target);
        return Reply.json(201, object().put("commentUrn", urn)).with("x-restli-id", urn);
    }

    private static Reply error(int status, String code, String message) {
        return Reply.json(status, object().put("status", status).put("code", code).put("message", message));
    }
}
