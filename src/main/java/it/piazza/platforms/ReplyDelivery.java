package it.piazza.platforms;

import it.piazza.inbox.ReplyReady;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries the inbox's replies to the platform, in the transaction that sent or approved them: a private
 * message or a public reply under the citizen's comment, queued in the outbox with the reply's id as the
 * idempotency key. Where the platform allows no such message, the reply is handed to a person with its text.
 * Channels without a connection get nothing.
 */
@Component
class ReplyDelivery {

    private final ChannelConnections connections;
    private final Connectors connectors;
    private final ActionOutbox outbox;

    ReplyDelivery(ChannelConnections connections, Connectors connectors, ActionOutbox outbox) {
        this.connections = connections;
        this.connectors = connectors;
        this.outbox = outbox;
    }

    @EventListener
    void on(ReplyReady reply) {
        connections.find(reply.enteId(), reply.channelId()).ifPresent(connection -> {
            ActionKind kind = reply.privateMessage() ? ActionKind.REPLY_PRIVATE : ActionKind.REPLY_PUBLIC;
            PlatformAction action = new PlatformAction(kind, reply.inReplyToPlatformId(), null,
                    reply.recipientAuthorId(), reply.text(), null, null);
            if (connectors.capabilities(connection).allows(kind)) {
                outbox.enqueue(reply.enteId(), reply.channelId(), null, action, ActionOutbox.replyKey(reply.replyId()), "inbox reply");
            } else {
                outbox.handToPerson(reply.enteId(), reply.channelId(), null, action, ActionOutbox.replyKey(reply.replyId()),
                        "the platform's API allows no " + (reply.privateMessage() ? "private message" : "public reply")
                                + ": a person sends the reply by hand");
            }
        });
    }
}
