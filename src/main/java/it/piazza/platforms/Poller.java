package it.piazza.platforms;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A connector whose platform has no webhook for comments and is asked periodically (YouTube, Mastodon). */
public interface Poller {

    /**
     * Asks the platform for what is new since {@code cursor}.
     *
     * @param cursor the cursor of the last poll, or null the first time (then only recent items are taken)
     */
    PollOutcome poll(ChannelConnection connection, @Nullable String cursor);

    /** @return how often to poll, within the platform's quota */
    Duration interval();
}
