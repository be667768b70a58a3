package it.piazza.platforms.meta;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for what the outbox does in the background: polls a condition until a deadline, without sleeping blind. */
public final class Eventually {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private Eventually() {
    }

    /**
     * @param what what is awaited, for the failure message
     * @throws AssertionError when the condition does not hold within 30 seconds
     */
    public static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + DEADLINE.toSeconds() + " s: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
