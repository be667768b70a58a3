package it.piazza.platforms.sandbox;

import it.piazza.moderation.DecisionTaken;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.ConnectionStatus;
import it.piazza.platforms.Inbound;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The ente's sandbox pages: what they show, and what a citizen writes on them. Every new comment, reply or
 * private message of a citizen is handed to the moderation engine through {@link Inbound}, exactly as a
 * platform's webhook would, so that decisions flow to the outbox and back to the page.
 */
@Service
public class Sandbox {

    private static final int POSTS = 12;
    private static final int CONVERSATIONS = 30;

    private final SandboxState state;
    private final ChannelConnections connections;
    private final Inbound inbound;
    private final Moderation moderation;

    Sandbox(SandboxState state, ChannelConnections connections, Inbound inbound, Moderation moderation) {
        this.moderation = moderation;
        this.state = state;
        this.connections = connections;
        this.inbound = inbound;
    }

    /** What became of something a citizen wrote. */
    public sealed interface Written {

        /**
         * It is on the page and Piazza received it.
         *
         * @param item what was written
         */
        record Delivered(SandboxItem item) implements Written {
        }

        /**
         * The page did not take it.
         *
         * @param reason why, in Italian for the person who wrote it
         */
        record Refused(String reason) implements Written {
        }
    }

    /** @return the ente's channels connected to the sandbox, each as its page shows it */
    public List<SandboxPage> pages(String enteId) {
        return pages(enteId, null);
    }

    /** @return the page of one of the ente's sandbox channels, or of all of them when {@code channelId} is null */
    public List<SandboxPage> pages(String enteId, @Nullable String channelId) {
        return sandboxChannels(enteId).filter(s -> channelId == null || s.channelId().equals(channelId))
                .map(s -> page(enteId, s)).toList();
    }

    /** @return the ids of the ente's channels connected to the sandbox */
    public List<String> channels(String enteId) {
        return sandboxChannels(enteId).map(ConnectionStatus::channelId).toList();
    }

    private Stream<ConnectionStatus> sandboxChannels(String enteId) {
        return connections.statuses(enteId).stream().filter(s -> SandboxConnector.ID.equals(s.connector()));
    }

    private SandboxPage page(String ente, ConnectionStatus status) {
        String channel = status.channelId();
        List<SandboxPage.Conversation> conversations = new java.util.ArrayList<>(state.conversations(ente, channel, CONVERSATIONS));
        conversations.addAll(state.privateRepliesToComments(ente, channel, CONVERSATIONS));
        return new SandboxPage(ente, channel, status.platform(), state.posts(ente, channel, POSTS), conversations,
                state.bans(ente, channel), state.failure(ente, channel).orElse(null));
    }

    /**
     * Publishes a post of the ente on its sandbox page (not handed to the engine: the ente's own posts are not
     * moderated).
     *
     * @return the post's id, or empty when the channel is not connected to the sandbox
     */
    public Optional<String> publish(String enteId, String channelId, String text) {
        return sandboxConnection(enteId, channelId).map(c -> state.insertPost(enteId, channelId, text));
    }

    /**
     * Writes, as a citizen, a comment under a post, a reply under a comment, or a private message to the ente,
     * and hands it to the engine. An author banned from the page cannot write there.
     *
     * @param postId the post, for a comment; null for a reply (taken from the comment) or a private message
     * @param parentId the comment answered, for a reply
     * @param authorName the citizen's display name; their sandbox id is derived from it
     */
    public Written write(String enteId, String channelId, InteractionKind kind, @Nullable String postId,
            @Nullable String parentId, String authorName, String text) {
        Optional<ChannelConnection> connection = sandboxConnection(enteId, channelId);
        if (connection.isEmpty()) {
            return new Written.Refused("Il canale " + channelId + " non è collegato alla sandbox.");
        }
        String name = authorName.strip();
        String body = text.strip();
        if (name.isEmpty() || body.isEmpty()) {
            return new Written.Refused("Servono un nome e un testo.");
        }
        if (body.length() > connection.get().platform().maxTextLength()) {
            return new Written.Refused("Il testo è troppo lungo per " + connection.get().platform() + ": al massimo "
                    + connection.get().platform().maxTextLength() + " caratteri.");
        }
        String authorId = authorId(name);
        if (kind != InteractionKind.PRIVATE_MESSAGE && state.banned(enteId, channelId, authorId)) {
            return new Written.Refused(name + " è bloccato su questa pagina e non può commentare.");
        }
        String post = postId;
        if (kind == InteractionKind.REPLY) {
            Optional<SandboxItem> parent = parentId == null ? Optional.empty() : state.item(enteId, channelId, parentId);
            if (parent.isEmpty() || parent.get().visibility() == Visibility.REMOVED) {
                return new Written.Refused("Il commento a cui rispondere non c'è più.");
            }
            post = parent.get().postId();
        }
        String postText = null;
        if (kind != InteractionKind.PRIVATE_MESSAGE) {
            postText = post == null ? null : state.postText(enteId, channelId, post).orElse(null);
            if (postText == null) {
                return new Written.Refused("Il post da commentare non c'è.");
            }
        }
        SandboxItem item = state.insertItem(enteId, channelId, kind, kind == InteractionKind.PRIVATE_MESSAGE ? null : post,
                kind == InteractionKind.REPLY ? parentId : null, authorId, name, false, body);
        inbound.receive(connection.get(), List.of(new NewInteraction(channelId, kind, item.id(), item.postId(), postText,
                item.parentId(), authorId, name, body, item.createdAt())));
        return new Written.Delivered(item);
    }

    /** @return the item of the ente's sandbox page, with its visibility now */
    public Optional<SandboxItem> item(String enteId, String channelId, String itemId) {
        return state.item(enteId, channelId, itemId);
    }

    /** @return how many times the page carried out {@code kind} on {@code targetId} (exactly-once checks) */
    public long changes(String enteId, String channelId, ActionKind kind, String targetId) {
        return state.changes(enteId, channelId, kind, targetId);
    }

    /**
     * Makes the page refuse every action with {@code reason} (a platform error, to see dead letters and their
     * retry), or stops doing so when {@code reason} is null.
     */
    public void simulateFailure(String enteId, String channelId, @Nullable String reason) {
        state.failure(enteId, channelId, reason);
    }

    /** @return the sandbox id of the author who writes with this name */
    public static String authorId(String authorName) {
        String ascii = Normalizer.normalize(authorName.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "sb-" + (ascii.isEmpty() ? Integer.toHexString(authorName.hashCode()) : ascii);
    }

    private Optional<ChannelConnection> sandboxConnection(String enteId, String channelId) {
        return connections.find(enteId, channelId).filter(c -> SandboxConnector.ID.equals(c.connector()));
    }

    /**
     * Records on the page's item the decision Piazza took on it; an item Piazza received for a sandbox channel
     * from elsewhere (the demo comments, the REST API) is first put on the page.
     */
    @EventListener
    void on(DecisionTaken decision) {
        String ente = decision.enteId();
        String channel = decision.channelId();
        if (sandboxConnection(ente, channel).isEmpty()) {
            return;
        }
        if (state.item(ente, channel, decision.platformId()).isEmpty()) {
            moderation.interaction(ente, decision.interactionId()).ifPresent(state::adopt);
        }
        state.decided(ente, channel, decision.platformId(), decision.decisionId(), decision.action(), decision.decidedBy());
    }
}
