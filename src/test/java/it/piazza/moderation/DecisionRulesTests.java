package it.piazza.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.Analysis;
import it.piazza.detection.Category;
import it.piazza.detection.Finding;
import it.piazza.detection.Intent;
import it.piazza.detection.IntentFinding;
import it.piazza.detection.TextSpan;
import it.piazza.policy.ContentAction;
import it.piazza.policy.Policy;
import it.piazza.policy.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy of each ente applied to given findings: grounds, actions, measures, replies. */
class DecisionRulesTests {

    private final DecisionRules rules = new DecisionRules();

    private static Analysis found(Category category, double score, int start, int end) {
        return new Analysis(List.of(new Finding(category, score, List.of(new TextSpan(start, end)), "test")), List.of());
    }

    private static Analysis intent(Intent intent) {
        return new Analysis(List.of(), List.of(new IntentFinding(intent, 0.9, List.of(), "test")));
    }

    @Test
    void romaRemovesPoliticalPropagandaWithItsClause() {
        Policy roma = Presets.load("roma-capitale");
        String text = "Votate Rossi alle prossime comunali!";

        Proposal proposal = rules.decide(roma, found(Category.POLITICAL_PROPAGANDA, 0.95, 0, 12), text, AuthorStanding.CLEAN);

        assertThat(proposal.action()).isEqualTo(ContentAction.REMOVE);
        assertThat(proposal.grounds()).singleElement().satisfies(g -> {
            assertThat(g.category()).isEqualTo(Category.POLITICAL_PROPAGANDA);
            assertThat(g.clause()).isEqualTo("hanno un contenuto politico o propagandistico;");
        });
        assertThat(proposal.evidence()).singleElement().extracting(Evidence::text).isEqualTo("Votate Rossi");
        assertThat(proposal.automated()).isTrue();
    }

    @Test
    void sendsAnUnsureFindingToAPersonWithTheReason() {
        Policy roma = Presets.load("roma-capitale");

        Proposal proposal = rules.decide(roma, found(Category.INSULT, 0.6, 0, 5), "scemo", AuthorStanding.CLEAN);

        assertThat(proposal.action()).isEqualTo(ContentAction.REVIEW);
        assertThat(proposal.suggested()).isEqualTo(ContentAction.REMOVE);
        assertThat(proposal.measures()).isEmpty();
        assertThat(proposal.reviewReasons()).singleElement().asString().contains("Insulti e turpiloquio").contains("60%");
    }

    @Test
    void ignoresAWeakSignalBelowTheReviewThreshold() {
        Proposal proposal = rules.decide(Presets.load("roma-capitale"), found(Category.INSULT, 0.2, 0, 5), "scemo",
                AuthorStanding.CLEAN);

        assertThat(proposal.action()).isEqualTo(ContentAction.KEEP);
        assertThat(proposal.grounds()).isEmpty();
    }

    @Test
    void neverActsOnACategoryThePolicyDoesNotName() {
        Policy mit = Presets.load("mit");
        assertThat(mit.rule(Category.SPAM)).isEmpty();

        Proposal proposal = rules.decide(mit, found(Category.SPAM, 0.99, 0, 4), "spam", AuthorStanding.CLEAN);

        assertThat(proposal.action()).isEqualTo(ContentAction.KEEP);
        assertThat(proposal.grounds()).isEmpty();
    }

    @Test
    void warnsBeforeBanningWhereThePolicySaysSo() {
        Policy monza = Presets.load("provincia-monza-brianza");
        assertThat(monza.sanctions().warningBeforeBan()).isTrue();
        int strikes = monza.sanctions().ban().strikes();
        Analysis insult = found(Category.INSULT, 0.99, 0, 8);

        Proposal notWarnedYet = rules.decide(monza, insult, "imbecille", new AuthorStanding(strikes, false, false));
        Proposal warned = rules.decide(monza, insult, "imbecille", new AuthorStanding(strikes, true, false));

        assertThat(notWarnedYet.measures()).contains(AuthorMeasure.WARN).doesNotContain(AuthorMeasure.BAN);
        assertThat(warned.measures()).contains(AuthorMeasure.BAN);
    }

    @Test
    void bansPlainlyFakeAccountsInMassa() {
        Policy massa = Presets.load("comune-massa");
        Ground fake = new Ground(Category.FAKE_ACCOUNT, massa.sanctions().ban().clause(), 1.0, "confirmed", true);

        Proposal automatic = rules.decide(massa, found(Category.FAKE_ACCOUNT, 0.99, 0, 4), "fake", AuthorStanding.CLEAN);

        assertThat(automatic.action()).as("a person confirms a fake account").isEqualTo(ContentAction.REVIEW);
        assertThat(automatic.grounds()).singleElement().extracting(Ground::clause)
                .isEqualTo(massa.sanctions().ban().clause());
        assertThat(rules.measuresFor(massa, java.util.List.of(fake), AuthorStanding.CLEAN)).contains(AuthorMeasure.BAN);
    }

    @Test
    void romaNeverBansBecauseItsPolicyForeseesNoBan() {
        Proposal proposal = rules.decide(Presets.load("roma-capitale"), found(Category.INSULT, 0.99, 0, 8), "imbecille",
                new AuthorStanding(10, true, false));

        assertThat(proposal.action()).isEqualTo(ContentAction.REMOVE);
        assertThat(proposal.measures()).doesNotContain(AuthorMeasure.BAN);
    }

    @Test
    void keepsAnAssistanceRequestToMitAndAsksToWriteInPrivate() {
        Proposal proposal = rules.decide(Presets.load("mit"), intent(Intent.ASSISTANCE_REQUEST),
                "Buongiorno, la mia pratica di revisione è ferma da mesi, potete aiutarmi?", AuthorStanding.CLEAN);

        assertThat(proposal.action()).isEqualTo(ContentAction.KEEP);
        assertThat(proposal.grounds()).isEmpty();
        assertThat(proposal.reply()).contains("in privato");
    }

    @Test
    void answersAComplaintToRomaWithChiamaRoma() {
        Proposal proposal = rules.decide(Presets.load("roma-capitale"), intent(Intent.COMPLAINT),
                "Voglio fare reclamo per la raccolta rifiuti che non passa da una settimana", AuthorStanding.CLEAN);

        assertThat(proposal.action()).isEqualTo(ContentAction.KEEP);
        assertThat(proposal.reply()).contains("060606").contains("Casa Digitale del Cittadino");
    }

    @Test
    void tellsPortoSantElpidioCitizensThatSocialIsNotAnAssistanceChannel() {
        Proposal proposal = rules.decide(Presets.load("comune-porto-sant-elpidio"), intent(Intent.ASSISTANCE_REQUEST),
                "Come faccio a rinnovare il permesso per la ZTL?", AuthorStanding.CLEAN);

        assertThat(proposal.reply()).contains("non sono canali di assistenza").contains("PEC");
    }

    @Test
    void ordersGroundsByGravity() {
        Analysis analysis = new Analysis(List.of(
                new Finding(Category.OFF_TOPIC, 0.99, List.of(), "test"),
                new Finding(Category.THREAT, 0.9, List.of(new TextSpan(0, 3)), "test")), List.of());

        Proposal proposal = rules.decide(Presets.load("roma-capitale"), analysis, "ti ammazzo", AuthorStanding.CLEAN);

        assertThat(proposal.grounds()).extracting(Ground::category).containsExactly(Category.THREAT, Category.OFF_TOPIC);
    }
}
