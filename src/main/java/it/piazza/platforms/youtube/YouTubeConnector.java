package it.piazza.platforms.youtube;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.NewInteraction;
import it.piazza.platforms.ActionKind;
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
import it.piazza.platforms.http.PlatformHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The YouTube connector: polls the channel's comments and moderates them with setModerationStatus. */
@Component
class YouTubeConnector implements Connector, Poller {

    private static final Logger log = LoggerFactory.getLogger(YouTubeConnector.class);
    static final URI API = URI.create("https://www.googleapis.com/youtube/v3");
    private static final int PAGE = 100;
    private static final int WRITE_UNITS = 50;

    private final PlatformHttp http;
    private final Clock clock;
    private final Duration interval;
    private final AccessTokens tokens;

    YouTubeConnector(PlatformHttp http, Clock clock, @Value("${piazza.youtube.interval:PT2M}") Duration interval) {
        this.http = http;
        this.clock = clock;
        this.interval = interval;
        this.tokens = new AccessTokens(http, clock);
    }

    @Override
    public String id() {
        return "youtube";
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("channel_id", "the ente's YouTube channel id (UC...)",
                "poll_held", "false to skip the comments YouTube held for review (default true)",
                "token_url", "the OAuth token endpoint, when not Google's own");
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of("client_id", "the OAuth client id", "client_secret", "the OAuth client secret",
                "refresh_token", "the refresh token of the channel's owner (scope youtube.force-ssl)");
    }

    @Override
    public Capabilities capabilities(ChannelConnection connection) {
        return Capabilities.of(Set.of(ActionKind.HIDE, ActionKind.UNHIDE, ActionKind.REMOVE, ActionKind.BAN,
                ActionKind.REPLY_PUBLIC), Receiving.POLLING).cannotUndo(ActionKind.REMOVE);
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        try {
            return switch (action.kind()) {
                case HIDE -> moderate(connection, action.targetId(), "heldForReview", false);
                case UNHIDE -> moderate(connection, action.targetId(), "published", false);
                case REMOVE -> moderate(connection, action.targetId(), "rejected", false);
                case BAN -> ban(connection, action);
                case REPLY_PUBLIC -> reply(connection, action);
                case REPLY_PRIVATE, UNBAN, PUBLISH -> new ActionOutcome.Refused("YouTube's API cannot " + action.kind());
            };
        } catch (CallFailed failed) {
            return failed.outcome();
        }
    }

    private ActionOutcome moderate(ChannelConnection connection, String commentId, String status, boolean banAuthor)
            throws CallFailed {
        String query = PlatformHttp.form(banAuthor
                ? Map.of("id", commentId, "moderationStatus", status, "banAuthor", "true")
                : Map.of("id", commentId, "moderationStatus", status));
        send(connection, () -> PlatformHttp.request(base(connection), "/comments/setModerationStatus?" + query)
                .POST(HttpRequest.BodyPublishers.noBody()));
        log.debug("YouTube setModerationStatus {} on {}/{}: {} quota units", status, connection.enteId(),
                connection.channelId(), WRITE_UNITS);
        return new ActionOutcome.Done(commentId);
    }

    private ActionOutcome ban(ChannelConnection connection, PlatformAction action) throws CallFailed {
        if (action.text() == null) {
            return new ActionOutcome.Refused("YouTube bans an author only by rejecting one of their comments, "
                    + "and this ban names none");
        }
        if (action.until() != null) {
            return new ActionOutcome.Refused("YouTube's bans have no end and its API cannot lift them: a ban until "
                    + action.until() + " is for a person to set and lift in YouTube Studio");
        }
        return moderate(connection, action.text(), "rejected", true);
    }

    private ActionOutcome reply(ChannelConnection connection, PlatformAction action) throws CallFailed {
        Map<String, Object> body = Map.of("snippet", Map.of("parentId", topLevel(action.targetId()),
                "textOriginal", action.requireText()));
        HttpAnswer answer = send(connection, () -> PlatformHttp.request(base(connection), "/comments?part=snippet")
                .header("Content-Type", "application/json").POST(PlatformHttp.json(body)));
        return new ActionOutcome.Done(answer.json().path("id").asString(action.targetId()));
    }

    /** @return the top-level comment of a thread: YouTube answers only those, and a reply's id starts with it */
    private static String topLevel(String commentId) {
        int dot = commentId.indexOf('.');
        return dot < 0 ? commentId : commentId.substring(0, dot);
    }

    @Override
    public Optional<ActionOutcome> confirm(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        try {
            return switch (action.kind()) {
                case HIDE -> status(connection, action.targetId(), "heldForReview");
                case UNHIDE -> status(connection, action.targetId(), "published");
                case REMOVE -> status(connection, action.targetId(), "rejected");
                case BAN -> action.text() == null ? Optional.empty() : status(connection, action.text(), "rejected");
                case REPLY_PUBLIC -> ownReply(connection, action);
                case REPLY_PRIVATE, UNBAN, PUBLISH -> Optional.empty();
            };
        } catch (CallFailed failed) {
            return Optional.empty();
        }
    }

    private Optional<ActionOutcome> status(ChannelConnection connection, String commentId, String expected)
            throws CallFailed {
        HttpAnswer answer = send(connection, () -> PlatformHttp.request(base(connection), "/comments?"
                + PlatformHttp.form(Map.of("part", "snippet", "id", commentId, "textFormat", "plainText"))).GET());
        JsonNode item = answer.json().path("items").path(0);
        if (item.isMissingNode()) {
            return Optional.empty();
        }
        String status = item.path("snippet").path("moderationStatus").asString("published");
        return status.equals(expected) ? Optional.of(new ActionOutcome.Done(commentId)) : Optional.empty();
    }

    private Optional<ActionOutcome> ownReply(ChannelConnection connection, PlatformAction action) throws CallFailed {
        String own = connection.setting("channel_id");
        for (JsonNode reply : replies(connection, topLevel(action.targetId()), new int[1])) {
            JsonNode snippet = reply.path("snippet");
            if (own.equals(snippet.path("authorChannelId").path("value").asString(""))
                    && snippet.path("textOriginal").asString("").equals(action.text())) {
                return Optional.of(new ActionOutcome.Done(reply.path("id").asString()));
            }
        }
        return Optional.empty();
    }

    @Override
    public PollOutcome poll(ChannelConnection connection, @Nullable String cursor) {
        Cursor from = Cursor.parse(cursor);
        int[] units = new int[1];
        try {
            Scanned published = scan(connection, null, from.published(), units);
            Scanned held = "false".equals(connection.settings().get("poll_held")) ? new Scanned(List.of(), from.held())
                    : scan(connection, "heldForReview", from.held(), units);
            Map<String, NewInteraction> items = new LinkedHashMap<>();
            published.items().forEach(i -> items.put(i.platformId(), i));
            held.items().forEach(i -> items.putIfAbsent(i.platformId(), i));
            log.info("YouTube poll of {}/{}: {} items, {} quota units", connection.enteId(), connection.channelId(),
                    items.size(), units[0]);
            return new PollOutcome.Polled(items.values().stream()
                    .sorted(Comparator.comparing(NewInteraction::createdAt)).toList(),
                    new Cursor(orNow(published.mark()), orNow(held.mark())).toString());
        } catch (CallFailed failed) {
            log.info("YouTube poll of {}/{} failed after {} quota units", connection.enteId(), connection.channelId(),
                    units[0]);
            return failed.pollOutcome();
        }
    }

    /**
     * @return the mark, or (when the list was empty) an hour ago: the next poll then pages down to that time
     *         instead of reading one page only, with an hour's margin for clocks that differ
     */
    private Mark orNow(@Nullable Mark mark) {
        return mark != null ? mark : new Mark(clock.instant().minus(Duration.ofHours(1)), "");
    }

    /** The newest comment seen: where the next poll stops. */
    record Mark(Instant at, String id) {

        /** @return whether a comment written at {@code at} with {@code id} is newer than this mark */
        boolean before(Instant at, String id) {
            return at.isAfter(this.at) || (at.equals(this.at) && !id.equals(this.id));
        }

        static @Nullable Mark newest(@Nullable Mark a, @Nullable Mark b) {
            return a == null ? b : b == null ? a : b.at.isAfter(a.at) ? b : a;
        }
    }

    /** Where the published and the held lists stopped, as "p=time|id;h=time|id". */
    record Cursor(@Nullable Mark published, @Nullable Mark held) {

        static Cursor parse(@Nullable String cursor) {
            Mark published = null;
            Mark held = null;
            if (cursor != null) {
                for (String part : cursor.split(";")) {
                    int bar = part.indexOf('|');
                    if (part.length() < 3 || bar < 0) {
                        continue;
                    }
                    try {
                        Mark mark = new Mark(Instant.parse(part.substring(2, bar)), part.substring(bar + 1));
                        if (part.startsWith("p=")) {
                            published = mark;
                        } else if (part.startsWith("h=")) {
                            held = mark;
                        }
                    } catch (DateTimeParseException e) {
                        log.warn("Unreadable YouTube cursor part \"{}\": polling from the newest comments", part);
                    }
                }
            }
            return new Cursor(published, held);
        }

        @Override
        public String toString() {
            return (published == null ? "" : "p=" + published.at() + "|" + published.id())
                    + (held == null ? "" : ";h=" + held.at() + "|" + held.id());
        }
    }

    private record Scanned(List<NewInteraction> items, @Nullable Mark mark) {
    }

    /**
     * Reads the channel's threads newest first, page after page, down to the mark (the first poll reads one
     * page); new threads come with all their replies, older ones on the last page with their new embedded ones.
     */
    private Scanned scan(ChannelConnection connection, @Nullable String status, @Nullable Mark mark, int[] units)
            throws CallFailed {
        String channel = connection.setting("channel_id");
        List<NewInteraction> items = new ArrayList<>();
        Mark newest = mark;
        String pageToken = null;
        boolean reachedMark = mark == null;
        do {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("part", "snippet,replies");
            query.put("allThreadsRelatedToChannelId", channel);
            query.put("order", "time");
            query.put("textFormat", "plainText");
            query.put("maxResults", Integer.toString(PAGE));
            if (status != null) {
                query.put("moderationStatus", status);
            }
            if (pageToken != null) {
                query.put("pageToken", pageToken);
            }
            units[0]++;
            JsonNode page = send(connection, () -> PlatformHttp.request(base(connection), "/commentThreads?"
                    + PlatformHttp.form(query)).GET()).json();
            for (JsonNode thread : page.path("items")) {
                JsonNode snippet = thread.path("snippet");
                JsonNode top = snippet.path("topLevelComment");
                String videoId = snippet.path("videoId").asString(null);
                Instant at = publishedAt(top);
                String topId = top.path("id").asString("");
                boolean fresh = mark == null || mark.before(at, topId);
                if (fresh) {
                    add(items, connection, top, null, videoId, channel);
                } else {
                    reachedMark = true;
                }
                newest = Mark.newest(newest, new Mark(at, topId));
                List<JsonNode> replies = new ArrayList<>();
                thread.path("replies").path("comments").forEach(replies::add);
                if (fresh && snippet.path("totalReplyCount").asInt(0) > replies.size()) {
                    replies = replies(connection, topId, units);
                }
                for (JsonNode reply : replies) {
                    Instant replyAt = publishedAt(reply);
                    String replyId = reply.path("id").asString("");
                    if (mark == null || mark.before(replyAt, replyId)) {
                        add(items, connection, reply, topId, videoId, channel);
                        newest = Mark.newest(newest, new Mark(replyAt, replyId));
                    }
                }
            }
            pageToken = page.path("nextPageToken").asString(null);
        } while (!reachedMark && pageToken != null);
        return new Scanned(items, newest);
    }

    /** @return all replies of a top-level comment, through {@code comments.list?parentId=} */
    private List<JsonNode> replies(ChannelConnection connection, String parentId, int[] units) throws CallFailed {
        List<JsonNode> replies = new ArrayList<>();
        String pageToken = null;
        do {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("part", "snippet");
            query.put("parentId", parentId);
            query.put("textFormat", "plainText");
            query.put("maxResults", Integer.toString(PAGE));
            if (pageToken != null) {
                query.put("pageToken", pageToken);
            }
            units[0]++;
            JsonNode page = send(connection, () -> PlatformHttp.request(base(connection), "/comments?"
                    + PlatformHttp.form(query)).GET()).json();
            page.path("items").forEach(replies::add);
            pageToken = page.path("nextPageToken").asString(null);
        } while (pageToken != null);
        return replies;
    }

    private static void add(List<NewInteraction> items, ChannelConnection connection, JsonNode comment,
            @Nullable String parentId, @Nullable String videoId, String ownChannel) {
        JsonNode snippet = comment.path("snippet");
        String author = snippet.path("authorChannelId").path("value").asString(null);
        if (ownChannel.equals(author)) {
            return;
        }
        String text = snippet.path("textOriginal").asString(snippet.path("textDisplay").asString(""));
        items.add(new NewInteraction(connection.channelId(), parentId == null ? InteractionKind.COMMENT
                : InteractionKind.REPLY, comment.path("id").asString(), snippet.path("videoId").asString(videoId),
                null, parentId, author, snippet.path("authorDisplayName").asString(null), text, publishedAt(comment)));
    }

    private static Instant publishedAt(JsonNode comment) {
        return Instant.parse(comment.path("snippet").path("publishedAt").asString());
    }

    /**
     * Sends an authorised request; when YouTube refuses the access token, refreshes it once and sends again.
     *
     * @return the 2xx answer
     * @throws CallFailed with the outcome of any other answer
     */
    private HttpAnswer send(ChannelConnection connection, Supplier<HttpRequest.Builder> request) throws CallFailed {
        HttpAnswer answer = http.call("YouTube", request.get().header("Authorization", "Bearer " + tokens.current(connection)));
        if (answer.status() == 401 || answer.status() == 403 && isAuthError(answer)) {
            tokens.forget(connection);
            answer = http.call("YouTube", request.get().header("Authorization", "Bearer " + tokens.current(connection)));
        }
        if (!answer.ok()) {
            throw new CallFailed(YouTubeErrors.outcome(answer, clock));
        }
        return answer;
    }

    private static boolean isAuthError(HttpAnswer answer) {
        return "authError".equals(answer.json().path("error").path("errors").path(0).path("reason").asString(""));
    }

    private static URI base(ChannelConnection connection) {
        return connection.apiBase(API);
    }
}
