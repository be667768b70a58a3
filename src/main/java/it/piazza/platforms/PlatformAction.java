package it.piazza.platforms;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One action to carry out on a platform, as the outbox stores it.
 *
 * @param kind what to do
 * @param targetId the platform's id of what it acts on: the comment or message (hide, unhide, remove, replies),
 *        the author (ban, unban), the page or channel (publish)
 * @param postId the post or video the comment is under, where the platform needs it (YouTube, TikTok, X)
 * @param authorId the author's platform id (private replies, bans)
 * @param text the text to write (replies, publish); for a ban, the platform id of the comment that caused it,
 *        for platforms that ban through a comment (YouTube rejects the comment with {@code banAuthor=true})
 * @param until the end of a ban, or null for a ban without end (confirmed by a second person)
 * @param targetCreatedAt when the target was written (for windows such as Meta's 7 days), when known
 */
public record PlatformAction(ActionKind kind, String targetId, @Nullable String postId, @Nullable String authorId,
        @Nullable String text, @Nullable Instant until, @Nullable Instant targetCreatedAt) {

    /**
     * @return the text to write, for the actions that write one
     * @throws IllegalStateException when it is missing or blank (the outbox records the action as refused)
     */
    public String requireText() {
        if (text == null || text.isBlank()) {
            throw new IllegalStateException(kind + " needs a text");
        }
        return text;
    }
}
