package it.piazza.policy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Instants written as wall-clock time in Rome, as the policies give their hours. */
final class RomeTime {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private RomeTime() {
    }

    /** @return the instant of {@code localDateTime} (e.g. {@code 2026-10-25T09:00}) in Europe/Rome */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ROME).toInstant();
    }
}
