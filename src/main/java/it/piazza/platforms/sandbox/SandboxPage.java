package it.piazza.platforms.sandbox;

import it.piazza.policy.Platform;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the ente's channels as its sandbox page shows it.
 *
 * @param enteId the ente
 * @param channelId the channel
 * @param platform the real platform the channel is on
 * @param posts the latest posts, newest first, with their comments
 * @param conversations the private messages, newest first, with the ente's answers
 * @param bans the authors banned from the page
 * @param failure the simulated platform error every action gets, when switched on
 */
public record SandboxPage(String enteId, String channelId, Platform platform, List<Post> posts,
        List<Conversation> conversations, List<Ban> bans, @Nullable String failure) {

    public SandboxPage {
        posts = List.copyOf(posts);
        conversations = List.copyOf(conversations);
        bans = List.copyOf(bans);
    }

    /**
     * A post of the ente.
     *
     * @param id the sandbox's id
     * @param text the text
     * @param createdAt when it was published
     * @param threads its comments, oldest first, each with its replies
     */
    public record Post(String id, String text, Instant createdAt, List<Thread> threads) {

        public Post {
            threads = List.copyOf(threads);
        }
    }

    /**
     * A comment and the replies under it.
     *
     * @param comment the comment
     * @param replies the replies, oldest first (the ente's among them)
     */
    public record Thread(SandboxItem comment, List<SandboxItem> replies) {

        public Thread {
            replies = List.copyOf(replies);
        }
    }

    /**
     * A private message of a citizen and the ente's answers to it.
     *
     * @param message the message
     * @param answers the ente's answers, oldest first
     */
    public record Conversation(SandboxItem message, List<SandboxItem> answers) {

        public Conversation {
            answers = List.copyOf(answers);
        }
    }

    /**
     * An author banned from the page.
     *
     * @param authorId the author's sandbox id
     * @param authorName the name they last wrote with
     * @param until when the ban ends, or null for a ban without end
     */
    public record Ban(String authorId, String authorName, @Nullable Instant until) {
    }
}
