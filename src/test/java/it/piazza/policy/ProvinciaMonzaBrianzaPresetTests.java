package it.piazza.policy;

import static it.piazza.detection.Category.ADVERTISING;
import static it.piazza.detection.Category.ILLEGAL;
import static it.piazza.detection.Category.MINORS;
import static it.piazza.detection.Category.OFF_TOPIC;
import static it.piazza.detection.Category.PRIVATE_MATTER;
import static it.piazza.policy.RomeTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProvinciaMonzaBrianzaPresetTests {

    private final Policy monza = Presets.load("provincia-monza-brianza");

    @Test
    void identifiesTheProvinceAndItsAdoptingAct() {
        assertThat(monza.ente().kind()).isEqualTo(EnteKind.PROVINCIA);
        assertThat(monza.ente().adoptingAct()).isEqualTo("DDP n. 90 del 04/07/2024");
        assertThat(monza.ente().seat()).isEqualTo("Monza");
    }

    @Test
    void listsActiveAndDismissedChannels() {
        assertThat(monza.channels()).hasSize(7);
        assertThat(monza.channel("pinterest").orElseThrow().status()).isEqualTo(ChannelStatus.DISMISSED);
        assertThat(monza.channel("issuu").orElseThrow().status()).isEqualTo(ChannelStatus.DISMISSED);
        assertThat(monza.channels()).filteredOn(c -> c.status() == ChannelStatus.ACTIVE).extracting(Channel::platform)
                .containsExactlyInAnyOrder(Platform.LINKEDIN, Platform.YOUTUBE, Platform.FACEBOOK, Platform.INSTAGRAM, Platform.X);
        assertThat(monza.channel("x").orElseThrow().handle()).isEqualTo("@ProvinciaMB");
        assertThat(monza.channel("facebook").orElseThrow().url()).isEqualTo(URI.create("https://facebook.com/ProvinciaMonzaBrianza"));
        assertThat(monza.otherProfilesNotice()).contains("NON sono gestiti dall’ente");
    }

    @Test
    void quotesThePurposeOfEveryActiveChannel() {
        String seed = SeedTexts.of("provincia-monza-brianza");

        assertThat(monza.channels()).filteredOn(c -> c.status() == ChannelStatus.ACTIVE)
                .allSatisfy(c -> assertThat(SeedTexts.isVerbatim(c.purpose(), seed)).as(c.id()).isTrue());
        assertThat(monza.channel("pinterest").orElseThrow().purpose()).isNull();
    }

    @Test
    void hidesOrRemovesTheListedContentAndRemovesAdvertisingAtOnce() {
        assertThat(monza.rule(ADVERTISING).orElseThrow().action()).isEqualTo(ContentAction.REMOVE);
        assertThat(monza.rule(MINORS).orElseThrow().action()).isEqualTo(ContentAction.HIDE);
        assertThat(monza.rule(OFF_TOPIC).orElseThrow().clause()).contains("saranno nascosti o rimossi");
        assertThat(monza.rule(PRIVATE_MATTER).orElseThrow().action()).isEqualTo(ContentAction.REVIEW);
        assertThat(monza.assumption("moderation.categories.PRIVATE_MATTER.action")).isPresent();
        assertThat(monza.moderation().categories()).hasSize(12);
    }

    @Test
    void warnsBeforeBanningAndReportsTheGraverCases() {
        Sanctions sanctions = monza.sanctions();

        assertThat(sanctions.warningBeforeBan()).isTrue();
        assertThat(sanctions.ban().allowed()).isTrue();
        assertThat(sanctions.ban().clause()).contains("(quando possibile, dopo un primo avvertimento)");
        assertThat(sanctions.reportAuthority().categories()).contains(ILLEGAL).doesNotContain(OFF_TOPIC, ADVERTISING);
        assertThat(sanctions.notifyAuthorClause()).isNull();
    }

    @Test
    void isStaffedMondayToThursdayAllDayAndFridayMorning() {
        StaffedHours hours = monza.staffedHours();

        assertThat(hours.isStaffed(at("2026-11-26T17:30"))).isTrue();
        assertThat(hours.isStaffed(at("2026-11-27T12:30"))).isTrue();
        assertThat(hours.isStaffed(at("2026-11-27T14:00"))).isFalse();
        assertThat(hours.weeklyStaffedTime()).isEqualTo(Duration.ofHours(40));
    }

    @Test
    void closesOnThePatronDayAndOnTheFourthOfOctoberFrom2026() {
        StaffedHours hours = monza.staffedHours();

        assertThat(hours.isStaffed(at("2027-06-24T10:00"))).isFalse();
        assertThat(hours.isStaffed(at("2027-06-23T10:00"))).isTrue();
        assertThat(hours.isDayOff(LocalDate.of(2026, 10, 4))).isTrue();
        assertThat(hours.isStaffed(at("2027-10-04T10:00"))).isFalse();
        assertThat(monza.assumption("staffed_hours.patron_day").orElseThrow().note()).contains("San Giovanni Battista");
        assertThat(monza.assumption("staffed_hours.weekly")).isEmpty();
    }

    @Test
    void listsTheOfficialContacts() {
        assertThat(monza.contact(ContactKind.ADDRESS).orElseThrow().address()).isEqualTo("Via Grigna 13, 20900 Monza");
        assertThat(monza.contacts()).filteredOn(c -> c.kind() == ContactKind.PHONE).extracting(Contact::phone)
                .containsExactly("039.975.2304", "039.975.2305");
        assertThat(monza.contact(ContactKind.URP_ONLINE).orElseThrow().url()).isEqualTo(URI.create("http://urponline.provincia.mb.it/"));
        assertThat(monza.contact(ContactKind.WEBSITE).orElseThrow().url()).isEqualTo(URI.create("https://www.provincia.mb.it/"));
    }

    @Test
    void sendsPersonalRequestsToTheOfficialChannelsWithoutPromisingAnswers() {
        PrivateMessageRules messages = monza.privateMessages();

        assertThat(messages.assistance()).isEqualTo(Redirect.OFFICIAL_CHANNELS_ONLY);
        assertThat(messages.complaintContacts()).contains(ContactKind.URP_ONLINE);
        assertThat(messages.responseTimeGuaranteed()).isFalse();
    }

    @Test
    void licencesItsContentUnderCcBy() {
        ContentLicence licence = monza.contentLicence();

        assertThat(licence).isNotNull();
        assertThat(licence.code()).isEqualTo("CC-BY-4.0");
        assertThat(licence.commercialUse()).isTrue();
        assertThat(licence.attributionRequired()).isTrue();
        assertThat(monza.publishing()).containsKey(PublishingCheck.LICENSE_NOTICE);
    }

    @Test
    void acceptsTerritorialNonProfitInitiatives() {
        assertThat(monza.thirdPartyInitiatives().allowed()).isTrue();
        assertThat(monza.thirdPartyInitiatives().conditions())
                .containsExactlyInAnyOrder(InitiativeCondition.TERRITORIAL, InitiativeCondition.NON_PROFIT);
    }

    @Test
    void refersStaffToArticle14AndDisclosesTheChatbot() {
        assertThat(monza.internalRules()).filteredOn(r -> r.code().equals("CODE_OF_CONDUCT"))
                .singleElement().satisfies(r -> assertThat(r.params()).containsEntry("article", "14"));
        ChatbotRules chatbot = monza.chatbot();
        assertThat(chatbot).isNotNull();
        assertThat(chatbot.disclosure()).contains("non con un operatore umano");
        assertThat(monza.assumption("chatbot.disclosure")).isPresent();
        assertThat(monza.assumption("chatbot.clause")).isEmpty();
    }
}
