package it.piazza.platforms.facebook;

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
import it.piazza.platforms.http.HttpAnswer;
import it.piazza.platforms.meta.Graph;
import it.piazza.platforms.meta.GraphAccount;
import it.piazza.platforms.meta.GraphErrors;
import it.piazza.platforms.meta.MetaWebhooks;
import it.piazza.platforms.meta.MetaActions;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A Facebook Page: hides and unhides ({@code POST /{comment-id}} with {@code is_hidden}), deletes
 * ({@code DELETE /{comment-id}}), replies under a comment ({@code POST /{comment-id}/comments}), writes the one
 * private reply a comment allows within 7 days or answers a Messenger message ({@code POST /{page-id}/messages}),
 * blocks and unblocks ({@code /{page-id}/blocked}) and publishes ({@code POST /{page-id}/feed}).
 */
@Component
class FacebookConnector implements Connector, WebhookReceiver {

    static final URI GRAPH = URI.create("https://graph.facebook.com");
    static final String PAGE_ID = "page_id";

    private final Graph graph;
    private final MetaActions actions;
    private final MetaWebhooks webhooks;

    FacebookConnector(Graph graph, Clock clock) {
        this.graph = graph;
        this.actions = new MetaActions(graph);
        this.webhooks = new MetaWebhooks("page", PAGE_ID, clock);
    }

    @Override
    public String id() {
        return "facebook";
    }

    @Override
    public Map<String, String> settings() {
        return Map.of(PAGE_ID, "The Facebook Page's id (Page settings, About, Page ID)",
                GraphAccount.VERSION_SETTING, "Graph API version, e.g. " + GraphAccount.DEFAULT_VERSION + " (optional)");
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of(GraphAccount.TOKEN_SECRET, "Page access token with pages_manage_engagement, pages_read_user_content, "
                        + "pages_messaging and pages_manage_posts",
                MetaWebhooks.APP_SECRET, "The Meta app's secret, which signs the webhook deliveries",
                MetaWebhooks.VERIFY_TOKEN, "The verify token entered when subscribing the webhook");
    }

    @Override
    public Capabilities capabilities(ChannelConnection connection) {
        return Capabilities.of(EnumSet.allOf(ActionKind.class), Receiving.WEBHOOK)
                .within(ActionKind.REPLY_PRIVATE, MetaActions.WINDOW);
    }

    @Override
    public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        GraphAccount page = account(connection);
        String target = action.targetId();
        return switch (action.kind()) {
            case HIDE, UNHIDE -> MetaActions.isPrivateMessage(action) ? MetaActions.notAComment(action)
                    : graph.write(page, "POST", "/" + target,
                            Map.of("is_hidden", String.valueOf(action.kind() == ActionKind.HIDE)), target, Graph.success(target));
            case REMOVE -> MetaActions.isPrivateMessage(action) ? MetaActions.notAComment(action)
                    : graph.write(page, "DELETE", "/" + target, Map.of(), target, Graph.success(target));
            case REPLY_PUBLIC -> MetaActions.isPrivateMessage(action) ? MetaActions.notAComment(action)
                    : graph.write(page, "POST", "/" + target + "/comments", Map.of("message", action.requireText()),
                            target, Graph.created("id"));
            case REPLY_PRIVATE -> actions.privateReply(page, "/" + page.ownId() + "/messages", action);
            case BAN -> graph.write(page, "POST", "/" + page.ownId() + "/blocked", Map.of("user", "[\"" + target + "\"]"),
                    target, json -> json.path(target).asBoolean(false) ? new ActionOutcome.Done(target)
                            : new ActionOutcome.Refused("Facebook did not block " + target + ": " + json));
            case UNBAN -> graph.write(page, "DELETE", "/" + page.ownId() + "/blocked", Map.of("user", target), target,
                    Graph.success(target));
            case PUBLISH -> graph.write(page, "POST", "/" + page.ownId() + "/feed",
                    Map.of("message", action.requireText()), page.ownId(), Graph.created("id"));
        };
    }

    @Override
    public Optional<ActionOutcome> confirm(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        GraphAccount page = account(connection);
        String target = action.targetId();
        return switch (action.kind()) {
            case HIDE, UNHIDE -> graph.read(page, "/" + target, Map.of("fields", "is_hidden"))
                    .filter(HttpAnswer::ok)
                    .filter(a -> a.json().path("is_hidden").asBoolean(false) == (action.kind() == ActionKind.HIDE))
                    .map(a -> new ActionOutcome.Done(target));
            case REMOVE -> graph.read(page, "/" + target, Map.of("fields", "id"))
                    .filter(GraphErrors::objectGone).map(a -> new ActionOutcome.Done(target));
            case REPLY_PUBLIC -> graph.read(page, "/" + target + "/comments",
                            Map.of("fields", "id,message,from", "filter", "stream", "limit", "100"))
                    .flatMap(a -> MetaActions.ownReply(a, page.ownId(), "message", action.requireText()));
            case BAN, UNBAN -> graph.read(page, "/" + page.ownId() + "/blocked", Map.of("user", target))
                    .filter(HttpAnswer::ok)
                    .filter(a -> a.json().path("data").isEmpty() == (action.kind() == ActionKind.UNBAN))
                    .map(a -> new ActionOutcome.Done(target));
            // a comment answered in private can no longer be: Graph's can_reply_privately turns false
            case REPLY_PRIVATE -> MetaActions.isPrivateMessage(action) ? Optional.empty()
                    : graph.read(page, "/" + target, Map.of("fields", "can_reply_privately"))
                            .filter(HttpAnswer::ok)
                            .filter(a -> !a.json().path("can_reply_privately").asBoolean(true))
                            .map(a -> new ActionOutcome.Done(target));
            case PUBLISH -> Optional.empty();
        };
    }

    @Override
    public WebhookAnswer challenge(ChannelConnection connection, WebhookRequest request) {
        return webhooks.challenge(connection, request);
    }

    @Override
    public WebhookAnswer deliver(ChannelConnection connection, WebhookRequest request) {
        return webhooks.deliver(connection, request);
    }

    private static GraphAccount account(ChannelConnection connection) {
        return GraphAccount.of(connection, GRAPH, PAGE_ID);
    }
}
