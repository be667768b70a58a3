package it.piazza.platforms.tiktok;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The TikTok connector: polls the comments of the account's videos, hides, unhides and replies. */
@Component
class TikTokConnector implements Connector, Poller {

    static final URI API = URI.create("https://business-api.tiktok.com/open_api/v1.3");
    private static final int MAX_PAGES = 10;

    private final PlatformHttp http;
    private final Clock clock;
    private final Duration interval;

    TikTokConnector(PlatformHttp http, Clock clock, @Value("${piazza.tiktok.interval:PT5M}") Duration interval) {
        this.http = http;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public String id() {
        return "tiktok";
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("business_id", "the TikTok business account's id",
                "video_ids", "the videos whose comments are polled, comma-separated");
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of("access_token", "the account's access token (comment scopes)");
    }

    @Override
    public Capabilities capabilities(ChannelConnection connection) {
        return Capabilities.of(Set.of(ActionKind.HIDE, ActionKind.UNHIDE, ActionKind.REPLY_PUBLIC), Receiving.POLLING);
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public PollOutcome poll(ChannelConnection connection, @Nullable String cursor) {
        long since = cursor == null ? Long.MIN_VALUE : Long.parseLong(cursor);
        long newest = since;
        String business = connection.setting("business_id");
        List<NewInteraction> items = new ArrayList<>();
        try {
            for (String video : videos(connection)) {
                for (JsonNode comment : comments(connection, video, "ALL")) {
                    long created = comment.path("create_time").asLong(0);
                    newest = Math.max(newest, created);
                    if (created > since && !business.equals(id(comment.path("user_id")))) {
                        String parent = id(comment.path("parent_comment_id"));
                        items.add(new NewInteraction(connection.channelId(),
                                parent == null ? InteractionKind.COMMENT : InteractionKind.REPLY,
                                id(comment.path("comment_id")), video, null, parent, id(comment.path("user_id")),
                                comment.path("username").asString(null), comment.path("text").asString(""),
                                Instant.ofEpochSecond(created)));
                    }
                }
            }
        } catch (CallFailed failed) {
            return failed.pollOutcome();
        }
        items.sort(Comparator.comparing(NewInteraction::createdAt));
        return new PollOutcome.Polled(items, newest == Long.MIN_VALUE ? cursor : Long.toString(newest));
    }

    /** @return the video's comments in this status (PUBLIC, HIDDEN or ALL), following the list's cursor */
    private List<JsonNode> comments(ChannelConnection connection, String video, String status) throws CallFailed {
        List<JsonNode> comments = new ArrayList<>();
        String next = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("business_id", connection.setting("business_id"));
            query.put("video_id", video);
            query.put("status", status);
            if (next != null) {
                query.put("cursor", next);
            }
            JsonNode data = send(connection, () -> PlatformHttp.request(base(connection), "/business/comment/list/?"
                    + PlatformHttp.form(query)).GET()).json().path("data");
            data.path("comments").forEach(comments::add);
            next = id(data.path("cursor"));
            if (!data.path("has_more").asBoolean(false) || next == null) {
                break;
            }
        }
        return comments;
    }

    private static List<String> videos(ChannelConnection connection) {
        return Arrays.stream(connection.settings().getOrDefault("video_ids", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** @return an id as TikTok sends it, a string or a large number, always as text */
    private static @Nullable String id(JsonNode node) {
        return node.isNumber() || node.isString() ? node.asString() : null;
    }

    @Override
    public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        if (action.postId() == null) {
            return new ActionOutcome.Refused("TikTok needs the video of the comment, and this action names none");
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("business_id", connection.setting("business_id"));
        body.put("video_id", action.postId());
        body.put("comment_id", action.targetId());
        String path;
        switch (action.kind()) {
            case HIDE, UNHIDE -> {
                body.put("action", action.kind().name());
                path = "/business/comment/hide/";
            }
            case REPLY_PUBLIC -> {
                body.put("text", action.requireText());
                path = "/business/comment/reply/create/";
            }
            default -> {
                return new ActionOutcome.Refused("TikTok's API cannot " + action.kind() + " another account's comment");
            }
        }
        try {
            JsonNode data = send(connection, () -> PlatformHttp.request(base(connection), path)
                    .header("Content-Type", "application/json").POST(PlatformHttp.json(body))).json().path("data");
            String created = id(data.path("comment_id"));
            return new ActionOutcome.Done(action.kind() == ActionKind.REPLY_PUBLIC && created != null ? created
                    : action.targetId());
        } catch (CallFailed failed) {
            return failed.outcome();
        }
    }

    @Override
    public Optional<ActionOutcome> confirm(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        if ((action.kind() != ActionKind.HIDE && action.kind() != ActionKind.UNHIDE) || action.postId() == null) {
            return Optional.empty();
        }
        try {
            String status = action.kind() == ActionKind.HIDE ? "HIDDEN" : "PUBLIC";
            return comments(connection, action.postId(), status).stream()
                    .filter(c -> action.targetId().equals(id(c.path("comment_id"))))
                    .findFirst().map(c -> new ActionOutcome.Done(action.targetId()));
        } catch (CallFailed failed) {
            return Optional.empty();
        }
    }

    private HttpAnswer send(ChannelConnection connection, Supplier<HttpRequest.Builder> request) throws CallFailed {
        HttpAnswer answer = http.call("TikTok", request.get().header("Access-Token",
                connection.secrets().require("access_token")));
        Optional<ActionOutcome> failure = TikTokErrors.failure(answer, clock);
        if (failure.isPresent()) {
            throw new CallFailed(failure.get());
        }
        return answer;
    }

    private static URI base(ChannelConnection connection) {
        return connection.apiBase(API);
    }
}
