package it.piazza.policy;

import static it.piazza.detection.Category.OFF_TOPIC;
import static it.piazza.detection.Category.POLITICAL_PROPAGANDA;
import static it.piazza.detection.Category.PRIVATE_MATTER;
import static it.piazza.policy.RomeTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomaCapitalePresetTests {

    private final Policy roma = Presets.load("roma-capitale");

    @Test
    void removesTheListedContentAndReviewsPersonalSituations() {
        assertThat(roma.moderation().categories()).hasSize(14);
        assertThat(roma.rule(OFF_TOPIC).orElseThrow().action()).isEqualTo(ContentAction.REMOVE);
        assertThat(roma.rule(POLITICAL_PROPAGANDA).orElseThrow().clause()).isEqualTo("hanno un contenuto politico o propagandistico;");
        assertThat(roma.rule(PRIVATE_MATTER).orElseThrow().action()).isEqualTo(ContentAction.REVIEW);
    }

    @Test
    void closesOnSaintsPeterAndPaul() {
        StaffedHours hours = roma.staffedHours();

        assertThat(hours.isStaffed(at("2026-06-29T10:00"))).isFalse();
        assertThat(hours.isStaffed(at("2027-06-29T10:00"))).isFalse();
        assertThat(hours.isStaffed(at("2026-06-30T10:00"))).isTrue();
        assertThat(hours.nextStaffed(at("2026-06-26T18:00"))).contains(at("2026-06-30T09:00"));
    }

    @Test
    void marksTheHoursAsADefaultBecauseThePolicyOnlyAsksToPublishThem() {
        assertThat(roma.assumption("staffed_hours.weekly")).isPresent();
        assertThat(roma.hours().clause()).contains("devono essere indicati gli orari");
    }

    @Test
    void sendsComplaintsToUrpContactCenterAndCasaDigitale() {
        PrivateMessageRules messages = roma.privateMessages();

        assertThat(messages.complaints()).isEqualTo(Redirect.OFFICIAL_CHANNELS_ONLY);
        assertThat(messages.complaintContacts()).containsExactly(ContactKind.URP, ContactKind.CONTACT_CENTER, ContactKind.CASA_DIGITALE);
        assertThat(roma.contact(ContactKind.CONTACT_CENTER).orElseThrow().phone()).isEqualTo("060606");
    }

    @Test
    void neitherBansNorReports() {
        assertThat(roma.sanctions().ban().allowed()).isFalse();
        assertThat(roma.sanctions().reportPlatform().allowed()).isFalse();
        assertThat(roma.sanctions().reportAuthority().allowed()).isFalse();
    }

    @Test
    void listsSixActiveCentralChannelsAndTheServiceEmailDomain() {
        assertThat(roma.channels()).hasSize(6).extracting(Channel::status).containsOnly(ChannelStatus.ACTIVE);
        assertThat(roma.internalRules()).filteredOn(r -> r.code().equals("SERVICE_EMAIL_DOMAIN"))
                .singleElement().satisfies(r -> assertThat(r.params()).containsEntry("domain", "comune.roma.it"));
    }
}
