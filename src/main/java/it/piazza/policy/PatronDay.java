package it.piazza.policy;

import java.time.MonthDay;

/**
 * The feast of the patron saint of the ente's seat: a day off for its offices.
 *
 * @param date the day of the year
 * @param name the saint, e.g. "San Giovanni Battista"
 */
public record PatronDay(MonthDay date, String name) {
}
