package it.piazza.platforms.youtube;

import it.piazza.testsupport.FakeHttpApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * YouTube Data API v3 and Google's token endpoint as docs/platform-apis.md §2 describes them: comment threads
 * newest first with {@code pageToken} paging and embedded replies (at most {@link #EMBEDDED}), replies by
 * {@code parentId}, {@code setModerationStatus} (204; rejected cannot go back to published; banAuthor only with
 * rejected), reply insertion, the error envelope with {@code errors[].reason}, and switches for quota exceeded,
 * an expired access token, a revoked refresh token, 5xx answers and a permanent refusal.
 */
final class FakeYouTubeApi extends FakeHttpApi {

    static final String CHANNEL = "UCmitgov";
    static final int EMBEDDED = 2;

    /** A comment as YouTube keeps it. */
    static final class Comment {
        final String id;
        final @Nullable String parentId;
        final String videoId;
        final String authorId;
        final String text;
        final Instant publishedAt;
        String status = "published";

        Comment(String id, @Nullable String parentId, String videoId, String authorId, String text, Instant publishedAt) {
            this.id = id;
            this.parentId = parentId;
            this.videoId = videoId;
            this.authorId = authorId;
            this.text = text;
            this.publishedAt = publishedAt;
        }
    }

    private final Map<String, Comment> comments = new LinkedHashMap<>();
    private final Set<String> banned = new HashSet<>();
    private final Map<String, Integer> moderationsById = new HashMap<>();
    private final Set<String> validTokens = new HashSet<>();
    private int pageSize = 100;
    private int issued;
    private boolean quotaExceeded;
    private int quotaAnswers;
    private @Nullable Instant firstQuotaAnswer;
    private boolean refreshRevoked;
    private boolean tokensRefused;
    private int serverErrors;
    private boolean forbidden;

    // --- state and switches

    synchronized Comment comment(String id, String authorId, String text, Instant at) {
        return put(new Comment(id, null, "vid123", authorId, text, at));
    }

    synchronized Comment reply(String parentId, String id, String authorId, String text, Instant at) {
        return put(new Comment(parentId + "." + id, parentId, "vid123", authorId, text, at));
    }

    private Comment put(Comment c) {
        comments.put(c.id, c);
        return c;
    }

    synchronized String status(String id) {
        return comments.get(id).status;
    }

    synchronized void status(String id, String status) {
        comments.get(id).status = status;
    }

    synchronized boolean banned(String authorId) {
        return banned.contains(authorId);
    }

    synchronized List<Comment> repliesBy(String authorId) {
        return comments.values().stream().filter(c -> c.parentId != null && c.authorId.equals(authorId)).toList();
    }

    synchronized void pageSize(int size) {
        pageSize = size;
    }

    /** @return how many calls were answered quotaExceeded */
    synchronized int quotaAnswers() {
        return quotaAnswers;
    }

    /** @return when the first call was answered quotaExceeded, if one was */
    synchronized @Nullable Instant firstQuotaAnswer() {
        return firstQuotaAnswer;
    }

    synchronized void quotaExceeded(boolean on) {
        quotaExceeded = on;
    }

    /** The access tokens issued so far stop working (they expired). */
    synchronized void expireAccessTokens() {
        validTokens.clear();
    }

    /** The owner revoked the app: refresh fails with invalid_grant and access tokens stop working. */
    synchronized void revoke() {
        refreshRevoked = true;
        validTokens.clear();
    }

    /** The API refuses every access token, even freshly refreshed ones (the owner lost the channel's rights). */
    synchronized void refuseAccessTokens() {
        tokensRefused = true;
    }

    /** The next {@code n} state-changing calls answer 503 (reads keep working). */
    synchronized void serverErrors(int n) {
        serverErrors = n;
    }

    /** setModerationStatus answers 403 forbidden from now on. */
    synchronized void forbidModeration() {
        forbidden = true;
    }

    int moderations() {
        return count("POST /comments/setModerationStatus");
    }

    /** @return how many setModerationStatus requests named this comment */
    synchronized int moderationsOf(String id) {
        return moderationsById.getOrDefault(id, 0);
    }

    int refreshes() {
        return count("POST /token");
    }

    int threadLists() {
        return count("GET /commentThreads");
    }

    // --- the API

    @Override
    protected Reply handle(Call call) {
        if (call.path().equals("/token")) {
            return token(call);
        }
        String auth = call.header("Authorization");
        if (tokensRefused || auth == null || !validTokens.contains(auth.substring("Bearer ".length()))) {
            return error(401, "authError", "Request had invalid authentication credentials.");
        }
        if (call.path().equals("/comments/setModerationStatus") && call.param("id") != null) {
            for (String id : call.param("id").split(",")) {
                moderationsById.merge(id, 1, Integer::sum);
            }
        }
        if (quotaExceeded) {
            quotaAnswers++;
            if (firstQuotaAnswer == null) {
                firstQuotaAnswer = Instant.now();
            }
            return error(403, "quotaExceeded", "The request cannot be completed because you have exceeded your quota.");
        }
        if (serverErrors > 0 && call.method().equals("POST")) {
            serverErrors--;
            return error(503, "backendError", "The service is currently unavailable.");
        }
        return switch (call.method() + " " + call.path()) {
            case "GET /commentThreads" -> threads(call);
            case "GET /comments" -> comments(call);
            case "POST /comments/setModerationStatus" -> moderate(call);
            case "POST /comments" -> insert(call);
            default -> error(404, "notFound", "Not Found");
        };
    }

    private Reply token(Call call) {
        Map<String, List<String>> form = call.form();
        if (!"refresh_token".equals(first(form, "grant_type")) || first(form, "refresh_token") == null
                || first(form, "client_secret") == null) {
            return Reply.json(400, object().put("error", "invalid_request"));
        }
        if (refreshRevoked) {
            return Reply.json(400, object().put("error", "invalid_grant")
                    .put("error_description", "Token has been expired or revoked."));
        }
        String token = "ya29.fake-" + (++issued);
        validTokens.add(token);
        return Reply.json(200, object().put("access_token", token).put("expires_in", 3599)
                .put("scope", "https://www.googleapis.com/auth/youtube.force-ssl").put("token_type", "Bearer"));
    }

    private Reply threads(Call call) {
        if (!CHANNEL.equals(call.param("allThreadsRelatedToChannelId"))) {
            return error(400, "missingRequiredParameter", "No filter selected.");
        }
        String status = call.param("moderationStatus") == null ? "published" : call.param("moderationStatus");
        List<Comment> tops = comments.values().stream().filter(c -> c.parentId == null && c.status.equals(status))
                .sorted(Comparator.comparing((Comment c) -> c.publishedAt).reversed()).toList();
        int size = Math.min(pageSize, Integer.parseInt(call.param("maxResults") == null ? "20" : call.param("maxResults")));
        int from = offset(call);
        if (from < 0) {
            return error(400, "invalidPageToken", "The page token is invalid.");
        }
        ObjectNode body = object().put("kind", "youtube#commentThreadListResponse").put("etag", "e");
        ArrayNode items = body.putArray("items");
        for (Comment top : tops.subList(Math.min(from, tops.size()), Math.min(from + size, tops.size()))) {
            List<Comment> replies = published(top.id);
            ObjectNode thread = items.addObject().put("kind", "youtube#commentThread").put("id", top.id);
            ObjectNode snippet = thread.putObject("snippet").put("channelId", CHANNEL).put("videoId", top.videoId)
                    .put("canReply", true).put("totalReplyCount", replies.size()).put("isPublic", true);
            snippet.set("topLevelComment", resource(top));
            if (!replies.isEmpty()) {
                ArrayNode embedded = thread.putObject("replies").putArray("comments");
                replies.stream().limit(EMBEDDED).forEach(r -> embedded.add(resource(r)));
            }
        }
        if (from + size < tops.size()) {
            body.put("nextPageToken", "QURT" + (from + size));
        }
        body.putObject("pageInfo").put("totalResults", tops.size()).put("resultsPerPage", size);
        return Reply.json(200, body);
    }

    private Reply comments(Call call) {
        ObjectNode body = object().put("kind", "youtube#commentListResponse");
        ArrayNode items = body.putArray("items");
        if (call.param("id") != null) {
            for (String id : call.param("id").split(",")) {
                Comment c = comments.get(id);
                if (c != null) {
                    items.add(resource(c));
                }
            }
            return Reply.json(200, body);
        }
        List<Comment> replies = published(call.param("parentId"));
        int size = Math.min(pageSize, Integer.parseInt(call.param("maxResults") == null ? "20" : call.param("maxResults")));
        int from = offset(call);
        replies.subList(Math.min(from, replies.size()), Math.min(from + size, replies.size()))
                .forEach(r -> items.add(resource(r)));
        if (from + size < replies.size()) {
            body.put("nextPageToken", "QURT" + (from + size));
        }
        return Reply.json(200, body);
    }

    private Reply moderate(Call call) {
        String status = call.param("moderationStatus");
        boolean ban = "true".equals(call.param("banAuthor"));
        if (ban && !"rejected".equals(status)) {
            return error(400, "banWithoutReject", "The banAuthor parameter can only be used with rejected.");
        }
        if (forbidden) {
            return error(403, "forbidden", "The comment could not be updated due to insufficient permissions.");
        }
        List<Comment> targets = new ArrayList<>();
        for (String id : call.param("id").split(",")) {
            Comment c = comments.get(id);
            if (c == null) {
                return error(404, "commentNotFound", "The specified comment could not be found.");
            }
            if (c.status.equals("rejected") && !status.equals("rejected")) {
                return error(400, "operationNotSupported", "A rejected comment cannot be set to " + status + ".");
            }
            targets.add(c);
        }
        for (Comment c : targets) {
            c.status = status;
            if (ban) {
                banned.add(c.authorId);
            }
        }
        return Reply.empty(204);
    }

    private Reply insert(Call call) {
        var snippet = call.json().path("snippet");
        Comment parent = comments.get(snippet.path("parentId").asString(""));
        if (parent == null) {
            return error(404, "parentCommentNotFound", "The parent comment could not be found.");
        }
        Comment reply = reply(parent.id, "r" + comments.size(), CHANNEL, snippet.path("textOriginal").asString(),
                Instant.now());
        return Reply.json(200, resource(reply));
    }

    // --- payloads

    private List<Comment> published(@Nullable String parentId) {
        return comments.values().stream().filter(c -> parentId != null && parentId.equals(c.parentId) && c.status.equals("published"))
                .sorted(Comparator.comparing((Comment c) -> c.publishedAt)).toList();
    }

    private static ObjectNode resource(Comment c) {
        ObjectNode comment = object().put("kind", "youtube#comment").put("etag", "z").put("id", c.id);
        ObjectNode snippet = comment.putObject("snippet").put("channelId", CHANNEL).put("videoId", c.videoId)
                .put("textDisplay", c.text).put("textOriginal", c.text).put("authorDisplayName", "@" + c.authorId)
                .put("authorChannelUrl", "http://www.youtube.com/channel/" + c.authorId)
                .put("canRate", true).put("viewerRating", "none").put("likeCount", 0)
                .put("publishedAt", c.publishedAt.toString()).put("updatedAt", c.publishedAt.toString());
        snippet.putObject("authorChannelId").put("value", c.authorId);
        if (c.parentId != null) {
            snippet.put("parentId", c.parentId);
        }
        if (!c.status.equals("published")) {
            snippet.put("moderationStatus", c.status);
        }
        return comment;
    }

    private static int offset(Call call) {
        String token = call.param("pageToken");
        if (token == null) {
            return 0;
        }
        try {
            return token.startsWith("QURT") ? Integer.parseInt(token.substring(4)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Reply error(int status, String reason, String message) {
        ObjectNode body = object();
        ObjectNode error = body.putObject("error").put("code", status).put("message", message);
        error.putArray("errors").addObject().put("message", message)
                .put("domain", reason.equals("quotaExceeded") ? "youtube.quota" : reason.equals("authError") ? "global"
                        : "youtube.comment").put("reason", reason);
        return Reply.json(status, body);
    }

    private static @Nullable String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null ? null : values.getFirst();
    }
}
