package it.piazza.platforms;

import it.piazza.moderation.Moderation;
import it.piazza.moderation.Sanction;
import java.time.Clock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lifts a ban on the platform when its end date comes: most platforms' blocks have no end (Facebook, X), and a
 * ban in Piazza always has one unless a second person made it permanent. Every few minutes the bans that ended
 * in the last two days get an UNBAN queued, once per ban (its idempotency key), on the channel of the decision
 * that imposed it. Safe on several nodes.
 */
@Component
class BanExpiry {

    private static final Duration LOOKBACK = Duration.ofDays(2);

    private final Moderation moderation;
    private final ActionPlan plan;
    private final Clock clock;

    BanExpiry(Moderation moderation, ActionPlan plan, Clock clock) {
        this.moderation = moderation;
        this.plan = plan;
        this.clock = clock;
    }

    /** Queues the lifting of every ban that ended. */
    @Scheduled(fixedDelayString = "${piazza.bans.check:PT5M}", initialDelayString = "${piazza.bans.check:PT5M}")
    void liftEnded() {
        for (Sanction ban : moderation.bansEnded(clock.instant().minus(LOOKBACK))) {
            plan.lift(ban, "the ban ended");
        }
    }
}
