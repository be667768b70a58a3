package it.piazza.policy;

import static it.piazza.detection.Category.ADVERTISING;
import static it.piazza.detection.Category.DEFAMATION;
import static it.piazza.detection.Category.DISCRIMINATION;
import static it.piazza.detection.Category.ILLEGAL;
import static it.piazza.detection.Category.INSULT;
import static it.piazza.detection.Category.LEGAL_DISPUTE;
import static it.piazza.detection.Category.OBSCENE;
import static it.piazza.detection.Category.OFF_TOPIC;
import static it.piazza.detection.Category.PERSONAL_DATA;
import static it.piazza.detection.Category.THREAT;
import static it.piazza.policy.RomeTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MitPresetTests {

    private final Policy mit = Presets.load("mit");

    @Test
    void identifiesTheMinistryAndTheDateOfItsPolicy() {
        assertThat(mit.ente().kind()).isEqualTo(EnteKind.MINISTERO);
        assertThat(mit.ente().seat()).isEqualTo("Roma");
        assertThat(mit.ente().lastModified()).isEqualTo(LocalDate.of(2017, 9, 22));
        assertThat(mit.ente().adoptingAct()).isNull();
    }

    @Test
    void removesEveryCategoryThePolicyNames() {
        assertThat(mit.moderation().categories()).containsOnlyKeys(INSULT, DISCRIMINATION, DEFAMATION, OFF_TOPIC,
                PERSONAL_DATA, LEGAL_DISPUTE, ADVERTISING, THREAT, ILLEGAL, OBSCENE);
        assertThat(mit.moderation().categories().values()).extracting(CategoryRule::action).containsOnly(ContentAction.REMOVE);
        assertThat(mit.moderation().mode()).isEqualTo(ModerationMode.A_POSTERIORI);
    }

    @Test
    void groundsLegalDisputesAndBreachesOfLawInTheirSentences() {
        assertThat(mit.rule(LEGAL_DISPUTE).orElseThrow().clause()).isEqualTo("riferimenti a fatti relativi a controversie legali;");
        assertThat(mit.rule(THREAT).orElseThrow().clause()).contains("che violino la legge verranno rimossi");
        assertThat(mit.rule(OBSCENE).orElseThrow().clause()).isEqualTo(mit.rule(ILLEGAL).orElseThrow().clause());
    }

    @Test
    void notifiesAuthorsAndReportsButDoesNotBan() {
        Sanctions sanctions = mit.sanctions();

        assertThat(sanctions.ban().allowed()).isFalse();
        assertThat(sanctions.notifyAuthorClause()).endsWith("se consentito dalla piattaforma utilizzata.");
        assertThat(sanctions.reportPlatform().allowed()).isTrue();
        assertThat(sanctions.reportAuthority().allowed()).isTrue();
        assertThat(sanctions.reportAuthority().categories()).contains(ILLEGAL, THREAT).doesNotContain(OFF_TOPIC);
    }

    @Test
    void takesAssistanceOnlyByPrivateMessageAndNoFormalComplaints() {
        PrivateMessageRules messages = mit.privateMessages();

        assertThat(messages.assistance()).isEqualTo(Redirect.PRIVATE_MESSAGE_ONLY);
        assertThat(messages.complaints()).isEqualTo(Redirect.OFFICIAL_CHANNELS_ONLY);
        assertThat(messages.clauses()).anySatisfy(c -> assertThat(c).startsWith("non può inviare reclami formali"));
    }

    @Test
    void allowsFreeReuseWithAttributionButNotCommercialUse() {
        ContentLicence licence = mit.contentLicence();

        assertThat(licence).isNotNull();
        assertThat(licence.code()).isEqualTo("CUSTOM");
        assertThat(licence.attributionRequired()).isTrue();
        assertThat(licence.commercialUse()).isFalse();
        assertThat(mit.publishing()).containsEntry(PublishingCheck.LICENSE_NOTICE, licence.clause());
    }

    @Test
    void listsTheContactsOfThePolicy() {
        assertThat(mit.contact(ContactKind.SOCIAL_TEAM).orElseThrow().email()).isEqualTo("mit.social@mit.gov.it");
        assertThat(mit.contact(ContactKind.WEBSITE).orElseThrow().url()).isEqualTo(URI.create("https://www.mit.gov.it"));
        assertThat(mit.contact(ContactKind.URP)).isPresent();
        assertThat(mit.contact(ContactKind.PRESS_OFFICE)).isPresent();
    }

    @Test
    void marksHandlesHoursAndPatronDayAsDefaultsToConfirm() {
        assertThat(mit.channels()).extracting(Channel::platform).containsExactly(Platform.FACEBOOK, Platform.X, Platform.YOUTUBE);
        assertThat(mit.assumption("channels")).isPresent();
        assertThat(mit.assumption("staffed_hours.weekly")).isPresent();
        assertThat(mit.assumption("staffed_hours.patron_day").orElseThrow().note()).contains("792");
        assertThat(mit.assumption("moderation.categories")).isEmpty();
    }

    @Test
    void quotesThePurposeOfEveryChannel() {
        String seed = SeedTexts.of("mit");

        assertThat(mit.channels()).allSatisfy(c -> assertThat(SeedTexts.isVerbatim(c.purpose(), seed)).as(c.id()).isTrue());
    }

    @Test
    void closesOnTheFeastOfRome() {
        StaffedHours hours = mit.staffedHours();

        assertThat(hours.isStaffed(at("2026-06-29T10:00"))).isFalse();
        assertThat(hours.isStaffed(at("2026-06-30T10:00"))).isTrue();
    }
}
