package it.piazza.policy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A staffed slot repeated every week on the given days, half-open {@code [from, to)} in local time.
 *
 * @param days the days of the week
 * @param from start, inclusive
 * @param to end, exclusive, after {@code from}
 */
public record WeeklySlot(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    public WeeklySlot {
        days = Set.copyOf(days);
    }
}
