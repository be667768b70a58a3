package it.piazza.platforms.instagram;

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
import it.piazza.platforms.meta.MetaActions;
import it.piazza.platforms.meta.MetaWebhooks;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An Instagram professional account: hides and unhides ({@code POST /{ig-comment-id}?hide=true|false}),
 * deletes ({@code DELETE /{ig-comment-id}}), replies under a comment ({@code POST /{ig-comment-id}/replies}),
 * writes the one private reply a comment allows within 7 days or answers a direct message
 * ({@code POST /{ig-user-id}/messages}, or {@code /{page-id}/messages} with Facebook Login) and publishes an image in two steps (a media container, then
 * {@code media_publish}). It cannot ban: the API has no block.
 * <p>Publishing needs an image Meta can fetch: the action's {@code postId} carries its public URL and
 * {@code text} the caption.
 */
@Component
class InstagramConnector implements Connector, WebhookReceiver {

    static final URI GRAPH = URI.create("https://graph.instagram.com");
    static final String IG_USER_ID = "ig_user_id";
    static final String PAGE_ID = "page_id";

    private final Graph graph;
    private final MetaActions actions;
    private final MetaWebhooks webhooks;

    InstagramConnector(Graph graph, Clock clock) {
        this.graph = graph;
        this.actions = new MetaActions(graph);
        this.webhooks = new MetaWebhooks("instagram", IG_USER_ID, clock);
    }

    @Override
    public String id() {
        return "instagram";
    }

    @Override
    public Map<String, String> settings() {
        return Map.of(IG_USER_ID, "The Instagram professional account's id",
                PAGE_ID, "With Facebook Login only: the id of the Facebook Page linked to the account (optional)",
                GraphAccount.VERSION_SETTING, "Graph API version, e.g. " + GraphAccount.DEFAULT_VERSION + " (optional)");
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of(GraphAccount.TOKEN_SECRET, "Instagram access token with instagram_business_manage_comments, "
                        + "instagram_business_manage_messages and instagram_business_content_publish",
                MetaWebhooks.APP_SECRET, "The Meta app's secret, which signs the webhook deliveries",
                MetaWebhooks.VERIFY_TOKEN, "The verify token entered when subscribing the webhook");
    }

    /** Everything but BAN and UNBAN: Instagram's API has no block. */
    @Override
    public Capabilities capabilities(ChannelConnection connection) {
        return Capabilities.of(EnumSet.complementOf(EnumSet.of(ActionKind.BAN, ActionKind.UNBAN)), Receiving.WEBHOOK)
                .within(ActionKind.REPLY_PRIVATE, MetaActions.WINDOW);
    }

    @Override
    public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        GraphAccount account = account(connection);
        String target = action.targetId();
        return switch (action.kind()) {
            case HIDE, UNHIDE -> MetaActions.isPrivateMessage(action) ? MetaActions.notAComment(action)
                    : graph.writeInQuery(account, "/" + target,
                            Map.of("hide", String.valueOf(action.kind() == ActionKind.HIDE)), target, Graph.success(target));
            case REMOVE -> MetaActions.isPrivateMessage(action) ? MetaActions.notAComment(action)
                    : graph.write(account, "DELETE", "/" + target, Map.of(), target, Graph.success(target));
            case REPLY_PUBLIC -> MetaActions.isPrivateMessage(action) ? MetaActions.notAComment(action)
                    : graph.writeInQuery(account, "/" + target + "/replies", Map.of("message", action.requireText()),
                            target, Graph.created("id"));
            case REPLY_PRIVATE -> actions.privateReply(account, "/" + messagingId(connection, account) + "/messages", action);
            case BAN, UNBAN -> new ActionOutcome.Refused("Instagram's API has no block: a person must do it in the app");
            case PUBLISH -> publish(account, action);
        };
    }

    private ActionOutcome publish(GraphAccount account, PlatformAction action) {
        String image = action.postId();
        if (image == null) {
            return new ActionOutcome.Refused("Instagram publishes only with an image: the action has no image address");
        }
        String media = "/" + account.ownId() + "/media";
        ActionOutcome container = graph.writeInQuery(account, media,
                Map.of("image_url", image, "caption", action.requireText()), account.ownId(), Graph.created("id"));
        if (!(container instanceof ActionOutcome.Done(String creation))) {
            return container;
        }
        return graph.writeInQuery(account, media + "_publish", Map.of("creation_id", creation), account.ownId(),
                Graph.created("id"));
    }

    @Override
    public Optional<ActionOutcome> confirm(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        GraphAccount account = account(connection);
        String target = action.targetId();
        return switch (action.kind()) {
            case HIDE, UNHIDE -> graph.read(account, "/" + target, Map.of("fields", "hidden"))
                    .filter(HttpAnswer::ok)
                    .filter(a -> a.json().path("hidden").asBoolean(false) == (action.kind() == ActionKind.HIDE))
                    .map(a -> new ActionOutcome.Done(target));
            case REMOVE -> graph.read(account, "/" + target, Map.of("fields", "id"))
                    .filter(GraphErrors::objectGone).map(a -> new ActionOutcome.Done(target));
            case REPLY_PUBLIC -> graph.read(account, "/" + target + "/replies", Map.of("fields", "id,text,from"))
                    .flatMap(a -> MetaActions.ownReply(a, account.ownId(), "text", action.requireText()));
            case REPLY_PRIVATE, BAN, UNBAN, PUBLISH -> Optional.empty();
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

    /**
     * @return who sends private messages: the Instagram account (Instagram Login, graph.instagram.com), or the
     *         linked Facebook Page when {@code page_id} is set (Facebook Login, graph.facebook.com)
     */
    private static String messagingId(ChannelConnection connection, GraphAccount account) {
        String page = connection.settings().get(PAGE_ID);
        return page == null || page.isBlank() ? account.ownId() : page.strip();
    }

    private static GraphAccount account(ChannelConnection connection) {
        return GraphAccount.of(connection, GRAPH, IG_USER_ID);
    }
}
