package it.piazza.policy;

import static it.piazza.detection.Category.ADVERTISING;
import static it.piazza.detection.Category.DISCRIMINATION;
import static it.piazza.detection.Category.ILLEGAL;
import static it.piazza.detection.Category.INSULT;
import static it.piazza.detection.Category.IP_INFRINGEMENT;
import static it.piazza.detection.Category.MINORS;
import static it.piazza.detection.Category.OFF_TOPIC;
import static it.piazza.detection.Category.PERSONAL_DATA;
import static it.piazza.detection.Category.POLITICAL_PROPAGANDA;
import static it.piazza.detection.Category.PRIVATE_MATTER;
import static it.piazza.detection.Category.SPAM;
import static it.piazza.detection.Category.THREAT;
import static it.piazza.policy.RomeTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.Category;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ComuneMassaPresetTests {

    private final Policy massa = Presets.load("comune-massa");

    private Map<ContentAction, Set<Category>> categoriesByAction() {
        return massa.moderation().categories().values().stream().collect(Collectors.groupingBy(CategoryRule::action,
                Collectors.mapping(CategoryRule::category, Collectors.toSet())));
    }

    @Test
    void removesWhatThePolicySaysWillBeRemoved() {
        assertThat(categoriesByAction().get(ContentAction.REMOVE))
                .containsExactlyInAnyOrder(DISCRIMINATION, INSULT, THREAT, MINORS, PERSONAL_DATA);
    }

    @Test
    void hidesWhatThePolicySaysWillBeModerated() {
        assertThat(categoriesByAction().get(ContentAction.HIDE))
                .containsExactlyInAnyOrder(OFF_TOPIC, SPAM, ADVERTISING, POLITICAL_PROPAGANDA);
        assertThat(massa.rule(SPAM).orElseThrow().clause()).contains("(\"trolling\", \"flame\", \"spam\")");
    }

    @Test
    void sendsToReviewTheRulesWithoutAnActionAndSaysSo() {
        assertThat(categoriesByAction().get(ContentAction.REVIEW)).containsExactlyInAnyOrder(PRIVATE_MATTER, ILLEGAL, IP_INFRINGEMENT);
        assertThat(massa.assumption("moderation.categories.ILLEGAL.action")).isPresent();
        assertThat(massa.assumption("moderation.categories.IP_INFRINGEMENT.action")).isPresent();
        assertThat(massa.assumption("moderation.categories.INSULT.action")).isEmpty();
    }

    @Test
    void bansFakeAccountsAndRepeatOffendersWithoutAWarning() {
        Sanctions sanctions = massa.sanctions();

        assertThat(sanctions.warningBeforeBan()).isFalse();
        assertThat(sanctions.ban().allowed()).isTrue();
        assertThat(sanctions.ban().fakeAccounts()).isTrue();
        assertThat(sanctions.ban().repeatOffenders()).isTrue();
        assertThat(sanctions.ban().clause()).contains("account palesemente falsi", "viola ripetutamente");
        assertThat(sanctions.reportPlatform().allowed()).isTrue();
        assertThat(sanctions.reportAuthority().allowed()).isTrue();
        assertThat(massa.assumption("sanctions.ban.strikes")).isPresent();
    }

    @Test
    void staffsTuesdayAndThursdayAfternoonsOnly() {
        StaffedHours hours = massa.staffedHours();

        assertThat(hours.isStaffed(at("2026-11-24T16:30"))).isTrue();
        assertThat(hours.isStaffed(at("2026-11-25T16:30"))).isFalse();
        assertThat(hours.isStaffed(at("2026-11-26T17:00"))).isFalse();
        assertThat(hours.weeklyStaffedTime()).isEqualTo(Duration.ofHours(24));
        assertThat(massa.assumption("staffed_hours.weekly")).isEmpty();
    }

    @Test
    void leavesFiveStaffedMinutesOnFridayThenResumesOnMonday() {
        StaffedHours hours = massa.staffedHours();

        assertThat(hours.staffedBetween(at("2026-11-27T12:55"), at("2026-11-30T09:00"))).isEqualTo(Duration.ofMinutes(5));
        assertThat(hours.nextStaffed(at("2026-11-27T13:00"))).contains(at("2026-11-30T09:00"));
        assertThat(hours.staffedBetween(at("2026-11-27T12:55"), at("2026-11-30T09:10"))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void closesOnSaintFrancisAsPatronDayEvenBeforeItBecameNational() {
        StaffedHours hours = massa.staffedHours();

        assertThat(hours.isDayOff(LocalDate.of(2025, 10, 4))).isTrue();
        assertThat(hours.isStaffed(at("2027-10-04T10:00"))).isFalse();
        assertThat(massa.assumption("staffed_hours.patron_day").orElseThrow().note()).contains("San Francesco");
    }

    @Test
    void answersOrForwardsRequestsAndAcceptsPatronisedInitiatives() {
        assertThat(massa.privateMessages().assistance()).isEqualTo(Redirect.ANSWERED_OR_FORWARDED);
        assertThat(massa.privateMessages().complaints()).isEqualTo(Redirect.ANSWERED_OR_FORWARDED);
        assertThat(massa.thirdPartyInitiatives().allowed()).isTrue();
        assertThat(massa.thirdPartyInitiatives().conditions()).containsExactly(InitiativeCondition.PATRONISED);
    }

    @Test
    void pointsToTheWebsiteAndMarksTheUnlistedChannels() {
        assertThat(massa.contact(ContactKind.WEBSITE).orElseThrow().reach()).isEqualTo("https://www.comune.massa.ms.it");
        assertThat(massa.assumption("channels")).isPresent();
        assertThat(massa.assumption("revision")).isPresent();
    }
}
