package it.piazza.platforms.sandbox;

import it.piazza.moderation.InteractionKind;
import org.jspecify.annotations.Nullable;

/** One thing the generator writes on a sandbox page. */
sealed interface Activity {

    /** @return the ente */
    String enteId();

    /** @return the channel */
    String channelId();

    /** @return the text */
    String text();

    /**
     * A post of the ente, in its own voice.
     *
     * @param enteId the ente
     * @param channelId the channel
     * @param text the text
     */
    record Post(String enteId, String channelId, String text) implements Activity {
    }

    /**
     * A citizen's comment under a post, reply under a comment, or private message to the ente.
     *
     * @param enteId the ente
     * @param channelId the channel
     * @param kind comment, reply or private message
     * @param postId the post commented (comments)
     * @param parentId the comment answered (replies)
     * @param author who writes
     * @param tone what it is
     * @param text the text
     */
    record Written(String enteId, String channelId, InteractionKind kind, @Nullable String postId,
            @Nullable String parentId, Citizen author, Tone tone, String text) implements Activity {
    }
}
