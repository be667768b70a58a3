package it.piazza.platforms.linkedin;

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
import it.piazza.platforms.WebhookAnswer;
import it.piazza.platforms.WebhookReceiver;
import it.piazza.platforms.WebhookRequest;
import it.piazza.platforms.http.CallFailed;
import it.piazza.platforms.http.HttpAnswer;
import it.piazza.platforms.http.PlatformHttp;
import it.piazza.platforms.http.Signatures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The LinkedIn connector: receives comments on the organization's posts and replies to them in public. */
@Component
class LinkedInConnector implements Connector, Poller, WebhookReceiver {

    static final URI API = URI.create("https://api.linkedin.com");
    static final String VERSION = "202605";
    private static final int PAGE = 50;
    private static final int MAX_PAGES = 10;

    private final PlatformHttp http;
    private final Clock clock;
    private final Duration interval;

    LinkedInConnector(PlatformHttp http, Clock clock, @Value("${piazza.linkedin.interval:PT5M}") Duration interval) {
        this.http = http;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public String id() {
        return "linkedin";
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("organization_urn", "the organization's URN (urn:li:organization:...)",
                "post_urns", "the posts whose comments are polled, comma-separated (empty with webhooks)",
                "version", "the LinkedIn-Version to call (YYYYMM), when not " + VERSION);
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of("access_token", "an access token with r_organization_social_feed and w_organization_social_feed",
                "client_secret", "the app's client secret, which signs webhooks");
    }

    @Override
    public Capabilities capabilities(ChannelConnection connection) {
        return Capabilities.of(Set.of(ActionKind.REPLY_PUBLIC), Receiving.POLLING, Receiving.WEBHOOK);
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public PollOutcome poll(ChannelConnection connection, @Nullable String cursor) {
        long since = cursor == null ? Long.MIN_VALUE : Long.parseLong(cursor);
        long newest = since;
        List<NewInteraction> items = new ArrayList<>();
        String org = connection.setting("organization_urn");
        try {
            for (String post : posts(connection)) {
                int start = 0;
                for (int page = 0; page < MAX_PAGES; page++) {
                    String path = "/rest/socialActions/" + PlatformHttp.encode(post) + "/comments?start=" + start
                            + "&count=" + PAGE;
                    JsonNode answer = send(connection, () -> PlatformHttp.request(base(connection), path).GET()).json();
                    for (JsonNode comment : answer.path("elements")) {
                        long created = comment.path("created").path("time").asLong(0);
                        newest = Math.max(newest, created);
                        if (created > since && !org.equals(comment.path("actor").asString(""))) {
                            items.add(interaction(connection, comment, post, created));
                        }
                    }
                    // the server may give fewer than asked: continue after what it gave
                    start += answer.path("elements").size();
                    if (answer.path("elements").isEmpty() || start >= answer.path("paging").path("total").asInt(0)) {
                        break;
                    }
                }
            }
        } catch (CallFailed failed) {
            return failed.pollOutcome();
        }
        items.sort(Comparator.comparing(NewInteraction::createdAt));
        return new PollOutcome.Polled(items, newest == Long.MIN_VALUE ? cursor : Long.toString(newest));
    }

    private static List<String> posts(ChannelConnection connection) {
        return Arrays.stream(connection.settings().getOrDefault("post_urns", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static NewInteraction interaction(ChannelConnection connection, JsonNode comment, String post, long created) {
        String urn = comment.path("commentUrn").asString(comment.path("$URN").asString(""));
        String parent = comment.path("parentComment").asString(null);
        return new NewInteraction(connection.channelId(), parent == null ? InteractionKind.COMMENT : InteractionKind.REPLY,
                urn, comment.path("object").asString(post), null, parent, comment.path("actor").asString(null), null,
                comment.path("message").path("text").asString(""), Instant.ofEpochMilli(created));
    }

    @Override
    public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        if (action.kind() != ActionKind.REPLY_PUBLIC) {
            return new ActionOutcome.Refused("LinkedIn's API cannot " + action.kind() + " a member's comment");
        }
        if (action.postId() == null) {
            return new ActionOutcome.Refused("a LinkedIn reply needs the post of the comment");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actor", connection.setting("organization_urn"));
        body.put("object", action.postId());
        body.put("message", Map.of("text", action.requireText()));
        body.put("parentComment", action.targetId());
        try {
            HttpAnswer answer = send(connection, () -> PlatformHttp.request(base(connection), "/rest/socialActions/"
                    + PlatformHttp.encode(action.targetId()) + "/comments").header("Content-Type", "application/json")
                    .POST(PlatformHttp.json(body)));
            return new ActionOutcome.Done(answer.header("x-restli-id").orElse(answer.json().path("id").asString(action.targetId())));
        } catch (CallFailed failed) {
            return failed.outcome();
        }
    }

    @Override
    public WebhookAnswer challenge(ChannelConnection connection, WebhookRequest request) {
        String code = request.query().get("challengeCode");
        if (code == null || code.isBlank()) {
            return new WebhookAnswer.Refused(400, "no challengeCode");
        }
        String response = Signatures.hex(connection.secrets().require("client_secret"),
                code.getBytes(StandardCharsets.UTF_8));
        return new WebhookAnswer.Handshake("application/json", PlatformHttp.JSON.writeValueAsString(
                Map.of("challengeCode", code, "challengeResponse", response)));
    }

    @Override
    public WebhookAnswer deliver(ChannelConnection connection, WebhookRequest request) {
        String given = request.header("X-LI-Signature");
        String expected = Signatures.hex(connection.secrets().require("client_secret"), request.body());
        if (given != null && given.startsWith("hmacsha256=")) {
            given = given.substring("hmacsha256=".length());
        }
        if (!Signatures.matches(expected, given)) {
            return new WebhookAnswer.Refused(401, "missing or wrong X-LI-Signature");
        }
        JsonNode payload;
        try {
            payload = PlatformHttp.JSON.readTree(request.body());
        } catch (JacksonException e) {
            return new WebhookAnswer.Refused(400, "malformed JSON");
        }
        String org = connection.setting("organization_urn");
        List<NewInteraction> items = new ArrayList<>();
        for (JsonNode n : payload.path("notifications")) {
            JsonNode comment = n.path("decoratedGeneratedActivity").path("comment");
            String actor = n.path("actor").asString("");
            if (!n.path("action").asString("").equals("COMMENT") || comment.isMissingNode() || org.equals(actor)) {
                continue;
            }
            items.add(new NewInteraction(connection.channelId(), InteractionKind.COMMENT,
                    n.path("generatedActivity").asString(comment.path("entity").asString("")),
                    n.path("sourcePost").asString(null), null, null, actor, null, comment.path("text").asString(""),
                    Instant.ofEpochMilli(n.path("lastModifiedAt").asLong(clock.millis()))));
        }
        return new WebhookAnswer.Accepted(items);
    }

    private HttpAnswer send(ChannelConnection connection, Supplier<HttpRequest.Builder> request) throws CallFailed {
        HttpAnswer answer = http.call("LinkedIn", request.get()
                .header("Authorization", "Bearer " + connection.secrets().require("access_token"))
                .header("LinkedIn-Version", connection.settings().getOrDefault("version", VERSION))
                .header("X-Restli-Protocol-Version", "2.0.0"));
        if (!answer.ok()) {
            throw new CallFailed(LinkedInErrors.outcome(answer, clock));
        }
        return answer;
    }

    private static URI base(ChannelConnection connection) {
        return connection.apiBase(API);
    }
}
