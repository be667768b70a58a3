package it.piazza.policy;

import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When people read and act on the channels ("orari di presidio"): weekly slots in local time, closed on
 * national holidays, on the patron day of the ente's seat and on extra closures.
 *
 * @param zone the time zone of the slots, normally Europe/Rome
 * @param weekly the weekly slots, half-open {@code [from, to)}
 * @param patronDay the patron day of the seat, when offices close on it
 * @param closures extra days off (bridges, 24 and 31 December, …)
 * @param clause the policy sentence about staffed hours, when there is one
 */
public record StaffedHoursRules(ZoneId zone, List<WeeklySlot> weekly, @Nullable PatronDay patronDay,
        List<Closure> closures, @Nullable String clause) {

    public StaffedHoursRules {
        weekly = List.copyOf(weekly);
        closures = List.copyOf(closures);
    }
}
