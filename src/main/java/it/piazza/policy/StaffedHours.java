package it.piazza.policy;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The staffed hours of an ente: whether an instant is staffed, the next staffed instant, and how much
 * staffed time lies between two instants. Slots are evaluated on wall-clock time in the ente's zone, so
 * daylight saving changes nothing; days off are the Italian national holidays (4 October included from
 * 2026, as jollyday's calendar has it), the patron day of the seat, and the ente's extra closures.
 *
 * <p>Thread-safe.
 */
public final class StaffedHours {

    /** How far ahead {@link #nextStaffed(Instant)} looks before giving up. */
    private static final int HORIZON_DAYS = 400;

    private static final HolidayManager ITALY = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.ITALY));
    private static final Map<Integer, Set<LocalDate>> NATIONAL_HOLIDAYS = new ConcurrentHashMap<>();

    private final StaffedHoursRules rules;
    private final Set<LocalDate> closures;

    private StaffedHours(StaffedHoursRules rules) {
        this.rules = rules;
        this.closures = rules.closures().stream().map(Closure::date).collect(Collectors.toUnmodifiableSet());
    }

    /** @return the calendar of {@code rules} */
    public static StaffedHours of(StaffedHoursRules rules) {
        return new StaffedHours(rules);
    }

    /** @return the rules this calendar follows */
    public StaffedHoursRules rules() {
        return rules;
    }

    /** @return whether the national calendar has {@code day} as a public holiday (Sundays aside) */
    public static boolean isNationalHoliday(LocalDate day) {
        return NATIONAL_HOLIDAYS.computeIfAbsent(day.getYear(), year -> ITALY.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet())).contains(day);
    }

    /** @return whether the offices are closed all day on {@code day} (holiday, patron day or closure) */
    public boolean isDayOff(LocalDate day) {
        PatronDay patron = rules.patronDay();
        return isNationalHoliday(day) || closures.contains(day)
                || (patron != null && patron.date().getMonth() == day.getMonth()
                        && patron.date().getDayOfMonth() == day.getDayOfMonth());
    }

    /** @return whether someone is on duty at {@code instant} */
    public boolean isStaffed(Instant instant) {
        ZonedDateTime local = instant.atZone(rules.zone());
        LocalDate day = local.toLocalDate();
        if (isDayOff(day)) {
            return false;
        }
        for (WeeklySlot slot : rules.weekly()) {
            if (slot.days().contains(day.getDayOfWeek()) && !local.toLocalTime().isBefore(slot.from())
                    && local.toLocalTime().isBefore(slot.to())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return {@code instant} itself when staffed, otherwise the start of the next staffed slot; empty when
     *         no slot opens within about a year (a policy without staffed hours)
     */
    public Optional<Instant> nextStaffed(Instant instant) {
        if (isStaffed(instant)) {
            return Optional.of(instant);
        }
        LocalDate day = instant.atZone(rules.zone()).toLocalDate();
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            if (isDayOff(day)) {
                continue;
            }
            Instant best = null;
            for (WeeklySlot slot : rules.weekly()) {
                if (!slot.days().contains(day.getDayOfWeek())) {
                    continue;
                }
                Instant start = day.atTime(slot.from()).atZone(rules.zone()).toInstant();
                if (start.isAfter(instant) && (best == null || start.isBefore(best))) {
                    best = start;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the staffed time between {@code from} (inclusive) and {@code to} (exclusive); zero when
     *         {@code to} is not after {@code from}
     */
    public Duration staffedBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(rules.zone()).toLocalDate();
        for (LocalDate day = from.atZone(rules.zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (isDayOff(day)) {
                continue;
            }
            for (WeeklySlot slot : rules.weekly()) {
                if (!slot.days().contains(day.getDayOfWeek())) {
                    continue;
                }
                Instant start = max(from, day.atTime(slot.from()).atZone(rules.zone()).toInstant());
                Instant end = min(to, day.atTime(slot.to()).atZone(rules.zone()).toInstant());
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** @return the staffed time per week, e.g. 24 hours for Massa */
    public Duration weeklyStaffedTime() {
        return rules.weekly().stream()
                .map(s -> Duration.between(s.from(), s.to()).multipliedBy(s.days().size()))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
