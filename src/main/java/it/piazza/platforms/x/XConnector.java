package it.piazza.platforms.x;

import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.Capabilities;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.Connector;
import it.piazza.platforms.PlatformAction;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * X (API v2): hides replies in the account's own conversations ({@code PUT /2/tweets/:id/hidden}), answers in
 * public ({@code POST /2/tweets} with {@code reply}) and by direct message, blocks on the Enterprise plan and
 * publishes. Others' posts cannot be deleted on X, so REMOVE is not offered and the engine hides instead.
 * Receives by the Account Activity webhook: the CRC is answered with the consumer secret's HMAC of the token,
 * and every delivery must carry {@code x-twitter-webhooks-signature}, the HMAC of its raw bytes.
 */
@Component
public class XConnector implements Connector, WebhookReceiver {

    /** The connector's id. */
    public static final String ID = "x";

    private static final URI API = URI.create("https://api.x.com");
    private static final String SIGNATURE = "x-twitter-webhooks-signature";
    private static final Pattern LEADING_HANDLES = Pattern.compile("^(?:@\\w+\\s+)+");
    private static final Set<ActionKind> ACTIONS = EnumSet.of(ActionKind.HIDE, ActionKind.UNHIDE,
            ActionKind.REPLY_PUBLIC, ActionKind.REPLY_PRIVATE, ActionKind.PUBLISH);

    private final PlatformHttp http;
    private final Clock clock;

    XConnector(PlatformHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("user_id", "numeric id of the ente's X account",
                "tier", "the app's X plan: \"enterprise\" allows blocking; leave empty otherwise");
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of("access_token", "OAuth 2.0 user access token of the ente's account",
                "consumer_secret", "consumer secret of the X app (checks the webhook's signatures)");
    }

    /** Blocking (BAN) is offered only when the connection's {@code tier} setting is {@code enterprise}. */
    @Override
    public Capabilities capabilities(ChannelConnection connection) {
        Set<ActionKind> actions = EnumSet.copyOf(ACTIONS);
        if ("enterprise".equals(connection.settings().getOrDefault("tier", "").strip().toLowerCase(Locale.ROOT))) {
            actions.add(ActionKind.BAN);
            actions.add(ActionKind.UNBAN);
        }
        return Capabilities.of(actions, Receiving.WEBHOOK);
    }

    /**
     * X's block has no end: a ban with an end is carried out as a block, and lifting it is an UNBAN of its own.
     * X accepts no idempotency key.
     */
    @Override
    public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        URI base = connection.apiBase(API);
        String target = PlatformHttp.encode(action.targetId());
        return switch (action.kind()) {
            case HIDE, UNHIDE -> call(connection, action.kind(), PlatformHttp.request(base, "/2/tweets/" + target + "/hidden")
                    .PUT(PlatformHttp.json(Map.of("hidden", action.kind() == ActionKind.HIDE))), data -> action.targetId());
            case REPLY_PUBLIC -> call(connection, action.kind(), PlatformHttp.request(base, "/2/tweets")
                    .POST(PlatformHttp.json(Map.of("text", action.requireText(), "reply",
                            Map.of("in_reply_to_tweet_id", action.targetId())))), data -> data.path("id").asString(""));
            case REPLY_PRIVATE -> action.authorId() == null
                    ? new ActionOutcome.Refused("the author of " + action.targetId() + " is unknown: no direct message")
                    : call(connection, action.kind(), PlatformHttp.request(base, "/2/dm_conversations/with/"
                            + PlatformHttp.encode(action.authorId()) + "/messages")
                            .POST(PlatformHttp.json(Map.of("text", action.requireText()))),
                            data -> data.path("dm_event_id").asString(""));
            case BAN -> call(connection, action.kind(), PlatformHttp.request(base, "/2/users/" + me(connection) + "/blocking")
                    .POST(PlatformHttp.json(Map.of("target_user_id", action.targetId()))), data -> action.targetId());
            case UNBAN -> call(connection, action.kind(), PlatformHttp.request(base, "/2/users/" + me(connection)
                    + "/blocking/" + target).DELETE(), data -> action.targetId());
            case PUBLISH -> call(connection, action.kind(), PlatformHttp.request(base, "/2/tweets")
                    .POST(PlatformHttp.json(Map.of("text", action.requireText()))), data -> data.path("id").asString(""));
            case REMOVE -> new ActionOutcome.Refused("X does not let an account delete other people's posts; hide it instead");
        };
    }

    /**
     * A public reply or a post is looked for among the account's recent posts (search of the last 7 days, in the
     * conversation of the post for a reply) with the same text. X's API v2 has no look-up of a single reply's
     * hidden state, but hiding, unhiding, blocking and unblocking again change nothing, so for them it answers
     * empty and the action is simply repeated; a direct message is not looked for.
     */
    @Override
    public Optional<ActionOutcome> confirm(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        String text = action.text();
        if (text == null) {
            return Optional.empty();
        }
        String me = connection.setting("user_id");
        return switch (action.kind()) {
            case REPLY_PUBLIC -> action.postId() == null ? Optional.empty()
                    : search(connection, "conversation_id:" + action.postId() + " from:" + me,
                            post -> repliesTo(post, action.targetId()) && sameText(post, text));
            case PUBLISH -> search(connection, "from:" + me + " -is:reply", post -> sameText(post, text));
            default -> Optional.empty();
        };
    }

    @Override
    public WebhookAnswer challenge(ChannelConnection connection, WebhookRequest request) {
        String token = request.query().get("crc_token");
        if (token == null || token.isBlank()) {
            return new WebhookAnswer.Refused(400, "no crc_token");
        }
        String response = "sha256=" + Signatures.base64(connection.secrets().require("consumer_secret"),
                token.getBytes(StandardCharsets.UTF_8));
        return new WebhookAnswer.Handshake("application/json",
                PlatformHttp.JSON.writeValueAsString(Map.of("response_token", response)));
    }

    /**
     * Refuses with 403 a delivery without the signature header or with a wrong one (the signature is not an HTTP
     * authentication scheme, so a 401 and its challenge would not fit), and with 400 one that is not the JSON
     * of an Account Activity event.
     */
    @Override
    public WebhookAnswer deliver(ChannelConnection connection, WebhookRequest request) {
        String given = request.header(SIGNATURE);
        if (given == null) {
            return new WebhookAnswer.Refused(403, "no " + SIGNATURE + " header");
        }
        String expected = "sha256=" + Signatures.base64(connection.secrets().require("consumer_secret"), request.body());
        if (!Signatures.matches(expected, given)) {
            return new WebhookAnswer.Refused(403, SIGNATURE + " does not match the body");
        }
        try {
            return new WebhookAnswer.Accepted(XActivity.read(PlatformHttp.JSON.readTree(request.body()),
                    connection.channelId(), connection.setting("user_id")));
        } catch (JacksonException | IllegalArgumentException e) {
            return new WebhookAnswer.Refused(400, "not an Account Activity delivery: " + e.getMessage());
        }
    }

    private ActionOutcome call(ChannelConnection connection, ActionKind kind, HttpRequest.Builder request,
            Function<JsonNode, String> reference) {
        try {
            HttpAnswer answer = http.call("X", authorised(connection, request));
            return XErrors.failure(kind, answer, clock)
                    .orElseGet(() -> new ActionOutcome.Done(reference.apply(answer.json().path("data"))));
        } catch (CallFailed unreachable) {
            return unreachable.outcome();
        }
    }

    /** @return Done with the id of the first post the search finds that passes {@code wanted}, else empty */
    private Optional<ActionOutcome> search(ChannelConnection connection, String query, Predicate<JsonNode> wanted) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("query", query);
        parameters.put("tweet.fields", "referenced_tweets");
        parameters.put("max_results", "100");
        try {
            HttpAnswer answer = http.call("X", authorised(connection, PlatformHttp.request(connection.apiBase(API),
                    "/2/tweets/search/recent?" + PlatformHttp.form(parameters)).GET()));
            if (!answer.ok()) {
                return Optional.empty();
            }
            return answer.json().path("data").values().stream().filter(wanted).findFirst()
                    .map(post -> new ActionOutcome.Done(post.path("id").asString("")));
        } catch (CallFailed unreachable) {
            return Optional.empty();
        }
    }

    private static boolean repliesTo(JsonNode post, String target) {
        return post.path("referenced_tweets").values().stream().anyMatch(r -> "replied_to".equals(r.path("type")
                .asString("")) && target.equals(r.path("id").asString("")));
    }

    /** X puts the handles a reply answers before its text; they are not part of what Piazza wrote. */
    private static boolean sameText(JsonNode post, String text) {
        return withoutHandles(text).equals(withoutHandles(post.path("text").asString("")));
    }

    private static String withoutHandles(String text) {
        return LEADING_HANDLES.matcher(text.strip()).replaceFirst("").strip();
    }

    private static HttpRequest.Builder authorised(ChannelConnection connection, HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + connection.secrets().require("access_token"))
                .header("Content-Type", "application/json");
    }

    private static String me(ChannelConnection connection) {
        return PlatformHttp.encode(connection.setting("user_id"));
    }

}
