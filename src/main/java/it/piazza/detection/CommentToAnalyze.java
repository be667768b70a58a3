package it.piazza.detection;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A public comment to analyse, with the context the detectors may use.
 *
 * <p>Example: {@code CommentToAnalyze.of("Grazie!").withPost("Riapre il ponte sul Frigido")}.
 *
 * @param text the comment text
 * @param postText the text of the post the comment answers, when known
 * @param authorId the author's platform id, when known
 * @param channel the platform (facebook, instagram, x, youtube, ...), when known
 * @param createdAt when the comment was written, when known; repetition and flooding are judged against it
 * @param priorComments the same author's recent comments on this ente, any order; empty when unknown
 */
public record CommentToAnalyze(String text, @Nullable String postText, @Nullable String authorId,
                               @Nullable String channel, @Nullable Instant createdAt,
                               List<PriorComment> priorComments) {

    public CommentToAnalyze {
        Objects.requireNonNull(text, "text");
        priorComments = List.copyOf(priorComments);
    }

    /** @return a comment with only its text */
    public static CommentToAnalyze of(String text) {
        return new CommentToAnalyze(text, null, null, null, null, List.of());
    }

    /** @return this comment answering a post with {@code postText} */
    public CommentToAnalyze withPost(@Nullable String postText) {
        return new CommentToAnalyze(text, postText, authorId, channel, createdAt, priorComments);
    }

    /** @return this comment written by {@code authorId} at {@code createdAt}, after {@code priorComments} */
    public CommentToAnalyze withAuthor(@Nullable String authorId, @Nullable Instant createdAt,
                                       List<PriorComment> priorComments) {
        return new CommentToAnalyze(text, postText, authorId, channel, createdAt, priorComments);
    }

    /** @return this comment on {@code channel} */
    public CommentToAnalyze withChannel(@Nullable String channel) {
        return new CommentToAnalyze(text, postText, authorId, channel, createdAt, priorComments);
    }
}
