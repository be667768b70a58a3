package it.piazza.policy;

import java.time.LocalDate;

/**
 * A day the offices are closed besides holidays and the patron day.
 *
 * @param date the day
 * @param reason why, as the ente writes it
 */
public record Closure(LocalDate date, String reason) {
}
