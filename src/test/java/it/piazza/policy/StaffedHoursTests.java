package it.piazza.policy;

import static it.piazza.policy.RomeTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class StaffedHoursTests {

    private static final Set<DayOfWeek> WORKING_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static StaffedHours hours(List<WeeklySlot> slots, @Nullable PatronDay patron, List<Closure> closures) {
        return StaffedHours.of(new StaffedHoursRules(RomeTime.ROME, slots, patron, closures, null));
    }

    private static StaffedHours nineToSix() {
        return hours(List.of(new WeeklySlot(WORKING_DAYS, LocalTime.of(9, 0), LocalTime.of(18, 0))), null, List.of());
    }

    private static StaffedHours sundayNight() {
        return hours(List.of(new WeeklySlot(Set.of(DayOfWeek.SUNDAY), LocalTime.of(0, 0), LocalTime.of(4, 0))), null, List.of());
    }

    @Test
    void nightSlotOnTheSpringForwardDayLastsThreeHours() {
        Duration staffed = sundayNight().staffedBetween(at("2026-03-28T12:00"), at("2026-03-30T00:00"));

        assertThat(staffed).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void nightSlotOnTheFallBackDayLastsFiveHours() {
        Duration staffed = sundayNight().staffedBetween(at("2026-10-24T12:00"), at("2026-10-26T00:00"));

        assertThat(staffed).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void slotsFollowWallClockTimeAcrossTheSpringChange() {
        StaffedHours hours = nineToSix();

        assertThat(hours.nextStaffed(at("2026-03-27T18:00"))).contains(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(hours.isStaffed(Instant.parse("2026-03-27T08:30:00Z"))).isTrue();
        assertThat(hours.isStaffed(Instant.parse("2026-03-30T07:30:00Z"))).isTrue();
        assertThat(hours.isStaffed(Instant.parse("2026-03-30T16:30:00Z"))).isFalse();
        assertThat(hours.staffedBetween(at("2026-03-27T00:00"), at("2026-03-31T00:00"))).isEqualTo(Duration.ofHours(18));
    }

    @Test
    void slotsFollowWallClockTimeAcrossTheAutumnChange() {
        StaffedHours hours = nineToSix();

        assertThat(hours.isStaffed(Instant.parse("2026-10-26T08:30:00Z"))).isTrue();
        assertThat(hours.isStaffed(Instant.parse("2026-10-26T07:30:00Z"))).isFalse();
        assertThat(hours.nextStaffed(at("2026-10-24T10:00"))).contains(Instant.parse("2026-10-26T08:00:00Z"));
    }

    @Test
    void easterMondayIsADayOff() {
        StaffedHours hours = nineToSix();

        assertThat(hours.isDayOff(LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(hours.isStaffed(at("2026-04-06T10:00"))).isFalse();
        assertThat(hours.nextStaffed(at("2026-04-03T18:30"))).contains(at("2026-04-07T09:00"));
        assertThat(hours.staffedBetween(at("2026-04-06T00:00"), at("2026-04-11T00:00"))).isEqualTo(Duration.ofHours(36));
    }

    @Test
    void fourthOfOctoberIsANationalHolidayFrom2026Only() {
        assertThat(StaffedHours.isNationalHoliday(LocalDate.of(2025, 10, 4))).isFalse();
        assertThat(StaffedHours.isNationalHoliday(LocalDate.of(2026, 10, 4))).isTrue();
        assertThat(StaffedHours.isNationalHoliday(LocalDate.of(2027, 10, 4))).isTrue();
    }

    @Test
    void fourthOfOctoberIsStaffedIn2025AndClosedIn2026() {
        StaffedHours everyDay = hours(List.of(new WeeklySlot(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0),
                LocalTime.of(18, 0))), null, List.of());

        assertThat(everyDay.isStaffed(at("2025-10-04T10:00"))).isTrue();
        assertThat(everyDay.isStaffed(at("2026-10-04T10:00"))).isFalse();
        assertThat(nineToSix().isStaffed(at("2027-10-04T10:00"))).isFalse();
    }

    @Test
    void notHolidaysSinceL54Of1977AreWorkingDays() {
        StaffedHours hours = nineToSix();

        assertThat(hours.isStaffed(at("2026-03-19T10:00"))).isTrue();
        assertThat(hours.isStaffed(at("2026-11-04T10:00"))).isTrue();
        assertThat(hours.isStaffed(at("2026-06-29T10:00"))).isTrue();
    }

    @Test
    void closuresAndHolidaysChainUpToTheNextWorkingDay() {
        StaffedHours hours = hours(List.of(new WeeklySlot(WORKING_DAYS, LocalTime.of(9, 0), LocalTime.of(18, 0))), null,
                List.of(new Closure(LocalDate.of(2026, 12, 24), "Vigilia di Natale")));

        assertThat(hours.isStaffed(at("2026-12-23T10:00"))).isTrue();
        assertThat(hours.isStaffed(at("2026-12-24T10:00"))).isFalse();
        assertThat(hours.nextStaffed(at("2026-12-23T18:00"))).contains(at("2026-12-28T09:00"));
    }

    @Test
    void patronDayClosesEveryYear() {
        StaffedHours hours = hours(List.of(new WeeklySlot(WORKING_DAYS, LocalTime.of(9, 0), LocalTime.of(18, 0))),
                new PatronDay(MonthDay.of(6, 29), "Santi Pietro e Paolo"), List.of());

        assertThat(hours.isStaffed(at("2026-06-29T10:00"))).isFalse();
        assertThat(hours.isStaffed(at("2027-06-29T10:00"))).isFalse();
        assertThat(hours.isStaffed(at("2026-06-30T10:00"))).isTrue();
    }

    @Test
    void slotsAreHalfOpen() {
        StaffedHours hours = nineToSix();

        assertThat(hours.isStaffed(at("2026-11-23T09:00"))).isTrue();
        assertThat(hours.isStaffed(at("2026-11-23T08:59:59"))).isFalse();
        assertThat(hours.isStaffed(at("2026-11-23T18:00"))).isFalse();
    }

    @Test
    void nextStaffedIsTheInstantItselfWhenStaffed() {
        Instant instant = at("2026-11-23T11:11");

        assertThat(nineToSix().nextStaffed(instant)).contains(instant);
    }

    @Test
    void policyWithoutSlotsIsNeverStaffed() {
        StaffedHours none = hours(List.of(), null, List.of());

        assertThat(none.isStaffed(at("2026-11-23T10:00"))).isFalse();
        assertThat(none.nextStaffed(at("2026-11-23T10:00"))).isEmpty();
        assertThat(none.staffedBetween(at("2026-11-01T00:00"), at("2026-12-01T00:00"))).isZero();
    }

    @Test
    void staffedBetweenIsZeroWhenTheEndIsNotAfterTheStart() {
        StaffedHours hours = nineToSix();

        assertThat(hours.staffedBetween(at("2026-11-23T12:00"), at("2026-11-23T10:00"))).isZero();
        assertThat(hours.staffedBetween(at("2026-11-23T12:00"), at("2026-11-23T12:00"))).isZero();
    }
}
