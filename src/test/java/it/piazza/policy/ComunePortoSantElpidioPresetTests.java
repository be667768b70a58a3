package it.piazza.policy;

import static it.piazza.detection.Category.DISCRIMINATION;
import static it.piazza.detection.Category.ILLEGAL;
import static it.piazza.detection.Category.INSULT;
import static it.piazza.detection.Category.OFF_TOPIC;
import static it.piazza.detection.Category.PERSONAL_DATA;
import static it.piazza.detection.Category.PRIVATE_MATTER;
import static it.piazza.detection.Category.THREAT;
import static it.piazza.policy.RomeTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComunePortoSantElpidioPresetTests {

    private final Policy porto = Presets.load("comune-porto-sant-elpidio");

    @Test
    void identifiesTheComuneAndItsAdoptingAct() {
        assertThat(porto.ente().adoptingAct()).isEqualTo("deliberazione Giunta Comunale n. 260 del 15/12/2022");
        assertThat(porto.ente().lastModified()).isEqualTo(LocalDate.of(2022, 12, 29));
        assertThat(porto.channels()).extracting(Channel::platform).containsExactly(Platform.FACEBOOK, Platform.INSTAGRAM);
        assertThat(porto.assumption("channels")).isPresent();
    }

    @Test
    void removesWhatBreaksTheRules() {
        assertThat(porto.rule(INSULT).orElseThrow().action()).isEqualTo(ContentAction.REMOVE);
        assertThat(porto.rule(THREAT).orElseThrow().clause()).isEqualTo(porto.rule(DISCRIMINATION).orElseThrow().clause());
        assertThat(porto.rule(OFF_TOPIC).orElseThrow().clause()).isEqualTo("I commenti devono riguardare l’argomento trattato.");
        assertThat(porto.rule(PERSONAL_DATA).orElseThrow().clause()).contains("verranno rimossi");
        assertThat(porto.rule(PRIVATE_MATTER).orElseThrow().action()).isEqualTo(ContentAction.REVIEW);
    }

    @Test
    void warnsBeforeBlockingAndReportsIllegalContent() {
        Sanctions sanctions = porto.sanctions();

        assertThat(sanctions.warningBeforeBan()).isTrue();
        assertThat(sanctions.ban().clause()).contains("(quando possibile dopo un primo avvertimento)");
        assertThat(sanctions.reportPlatform().categories()).contains(ILLEGAL);
        assertThat(sanctions.reportAuthority().categories()).contains(ILLEGAL);
    }

    @Test
    void doesNotHandleRequestsAndDoesNotProtocolMessages() {
        PrivateMessageRules messages = porto.privateMessages();

        assertThat(messages.assistance()).isEqualTo(Redirect.NOT_HANDLED);
        assertThat(messages.protocolled()).isFalse();
        assertThat(messages.complaintContacts()).containsExactly(ContactKind.PEC);
        assertThat(porto.contact(ContactKind.PEC)).isPresent();
        assertThat(porto.assumption("contacts").orElseThrow().note()).contains("PEC");
    }

    @Test
    void usesTheDefaultOfficeHoursAndSaysTheyAreADefault() {
        StaffedHours hours = porto.staffedHours();

        assertThat(porto.hours().clause()).isEqualTo("Le pagine social sono presidiate e gestite unicamente in orario d’ufficio.");
        assertThat(porto.assumption("staffed_hours.weekly").orElseThrow().note()).contains("in orario d’ufficio");
        assertThat(hours.isStaffed(at("2026-11-24T17:30"))).isTrue();
        assertThat(hours.isStaffed(at("2026-11-25T17:30"))).isFalse();
        assertThat(hours.weeklyStaffedTime()).isEqualTo(Duration.ofHours(26));
    }

    @Test
    void patronDayOnTheAutumnClockChangeClosesAndTheClockResumesMondayInWinterTime() {
        StaffedHours hours = porto.staffedHours();

        assertThat(hours.isDayOff(LocalDate.of(2026, 10, 25))).isTrue();
        assertThat(hours.nextStaffed(at("2026-10-24T10:00"))).contains(Instant.parse("2026-10-26T08:00:00Z"));
        assertThat(hours.staffedBetween(at("2026-10-23T12:00"), at("2026-10-26T10:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(hours.isStaffed(at("2027-10-25T10:00"))).isFalse();
        assertThat(porto.assumption("staffed_hours.patron_day").orElseThrow().note()).contains("San Crispino");
    }

    @Test
    void keepsTheSocialMediaTeamRulesAndTheirPublishingChecks() {
        assertThat(porto.internalRules()).extracting(InternalRule::code)
                .contains("SOCIAL_MEDIA_TEAM", "NO_PERSONAL_ACCOUNT_SHARE", "CONTENT_AGREED_AND_ACCESSIBLE");
        assertThat(porto.publishing()).containsKeys(PublishingCheck.ALT_TEXT_MISSING, PublishingCheck.PERSONAL_ACCOUNT_SHARE);
        assertThat(porto.publishing().get(PublishingCheck.ALT_TEXT_MISSING)).contains("criteri di accessibilità");
    }
}
