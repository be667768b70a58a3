package it.piazza.detection;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment the same author wrote earlier on the same ente's channels, supplied by the caller so that
 * repetition and flooding can be judged without the detectors keeping any state.
 *
 * @param text the earlier comment's text
 * @param createdAt when it was written
 */
public record PriorComment(String text, Instant createdAt) {

    public PriorComment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
