package it.piazza.testsupport;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for something another thread does (the outbox's dispatcher), with a deadline, without sleeping blindly. */
public final class Eventually {

    private Eventually() {
    }

    /**
     * Returns as soon as {@code condition} holds.
     *
     * @param what the condition, named in the failure
     * @throws AssertionError when it does not hold within {@code timeout}
     */
    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
