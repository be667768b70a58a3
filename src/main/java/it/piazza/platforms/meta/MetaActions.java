package it.piazza.platforms.meta;

import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.http.HttpAnswer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What Facebook and Instagram actions have in common: the Send API's private reply to a comment and answer to
 * a private message, the 7-day window of private replies, and finding the account's own reply to a comment
 * when confirming a public reply.
 * <p>A private message is told from a comment by its post: comments are always under a post or media, private
 * messages never (see {@link MetaWebhooks}).
 */
public final class MetaActions {

    /** Meta allows one private reply per comment, within 7 days of the comment. */
    public static final Duration WINDOW = Duration.ofDays(7);

    private final Graph graph;

    /** Actions written through this Graph client. */
    public MetaActions(Graph graph) {
        this.graph = graph;
    }

    /**
     * Writes to the author in private: to a comment, the one private reply Meta allows
     * ({@code {"recipient":{"comment_id":...}}}); to a private message, an answer within the conversation
     * ({@code {"recipient":{"id":<sender>},"messaging_type":"RESPONSE"}}).
     *
     * @param path the Send API's path ({@code /{page-id}/messages}, {@code /{ig-user-id}/messages})
     */
    public ActionOutcome privateReply(GraphAccount account, String path, PlatformAction action) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (isPrivateMessage(action)) {
            if (action.authorId() == null) {
                return new ActionOutcome.Refused("the private message " + action.targetId() + " has no sender to answer");
            }
            body.put("recipient", Map.of("id", action.authorId()));
            body.put("messaging_type", "RESPONSE");
        } else {
            body.put("recipient", Map.of("comment_id", action.targetId()));
        }
        body.put("message", Map.of("text", action.requireText()));
        return graph.writeJson(account, path, body, action.targetId(), Graph.created("message_id"));
    }

    /** @return whether the action is on a private message rather than a comment */
    public static boolean isPrivateMessage(PlatformAction action) {
        return action.postId() == null;
    }

    /** @return the refusal of an action that exists only for comments (hide, remove, public reply) */
    public static ActionOutcome notAComment(PlatformAction action) {
        return new ActionOutcome.Refused(action.targetId() + " is a private message: Meta can hide, remove or "
                + "answer in public only comments");
    }


    /**
     * @param replies an answer listing a comment's replies ({@code data[]} with {@code id}, {@code from.id} and
     *        the text in {@code textField})
     * @return Done with the reply's id when the account's own reply with this text is among them
     */
    public static Optional<ActionOutcome> ownReply(HttpAnswer replies, String ownId, String textField, String text) {
        if (!replies.ok()) {
            return Optional.empty();
        }
        for (JsonNode reply : replies.json().path("data")) {
            if (ownId.equals(reply.path("from").path("id").asString("")) && text.equals(reply.path(textField).asString(""))) {
                return Optional.of(new ActionOutcome.Done(reply.path("id").asString()));
            }
        }
        return Optional.empty();
    }
}
