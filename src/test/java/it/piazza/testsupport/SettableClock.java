package it.piazza.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets to the instant it needs (a Monday morning, a Saturday night…); thread-safe. */
public final class SettableClock extends Clock {

    private volatile Instant now;

    /** @param now the first instant */
    public SettableClock(Instant now) {
        this.now = now;
    }

    /** Moves the clock to {@code instant}. */
    public void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
