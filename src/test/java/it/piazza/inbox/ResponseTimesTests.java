package it.piazza.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import it.piazza.policy.Policy;
import it.piazza.policy.Presets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseTimesTests {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void figuresGiveMedianNinetiethPercentileAndLongestWait() {
        ResponseTimes.Figure figure = ResponseTimes.Figure.of("facebook", List.of(30L, 5L, 10L, 240L, 20L));

        assertThat(figure.answers()).isEqualTo(5);
        assertThat(figure.medianMinutes()).isEqualTo(20);
        assertThat(figure.p90Minutes()).isEqualTo(240);
        assertThat(figure.maxMinutes()).isEqualTo(240);
    }

    @Test
    void aSingleAnswerIsItsOwnMedian() {
        assertThat(ResponseTimes.Figure.of("urp", List.of(7L)).medianMinutes()).isEqualTo(7);
    }

    @Test
    void refusesAFigureWithoutAnswers() {
        assertThatIllegalArgumentException().isThrownBy(() -> ResponseTimes.Figure.of("x", List.of()));
    }

    @Test
    void onlyStaffedMinutesCountAcrossAWeekendInMassa() {
        Policy massa = Presets.load("comune-massa");
        Instant fridayEvening = LocalDateTime.parse("2026-03-06T18:00").atZone(ROME).toInstant();
        Instant mondayAt = LocalDateTime.parse("2026-03-09T09:45").atZone(ROME).toInstant();

        assertThat(Triage.staffedMinutes(massa, fridayEvening, mondayAt)).isEqualTo(45);
    }

    @Test
    void thePatronDayDoesNotCountInPortoSantElpidio() {
        Policy pse = Presets.load("comune-porto-sant-elpidio");
        // Friday 22 October 2027 at 12:00 to Tuesday 26 October at 9:30: Monday 25 is San Crispino, so only the
        // Friday hour and the Tuesday half hour count
        Instant friday = LocalDateTime.parse("2027-10-22T12:00").atZone(ROME).toInstant();
        Instant monday = LocalDateTime.parse("2027-10-26T09:30").atZone(ROME).toInstant();

        assertThat(Triage.staffedMinutes(pse, friday, monday)).isEqualTo(90);
    }

    @Test
    void monzaPromisesNoResponseTime() {
        assertThat(Presets.load("provincia-monza-brianza").privateMessages().responseTimeGuaranteed()).isFalse();
    }
}
