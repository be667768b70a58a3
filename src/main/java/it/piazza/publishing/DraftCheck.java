package it.piazza.publishing;

import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.BureaucraticLanguage;
import it.piazza.detection.PersonalDataDetector;
import it.piazza.detection.Readability;
import it.piazza.detection.WritingStyle;
import it.piazza.policy.EnteAnalysisSettings;
import it.piazza.policy.ElectoralPeriod;
import it.piazza.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a draft before it is published, by the ente's policy (taxonomy §4; {@code docs/italian-pa-rules.md}
 * §6, §7 and rules R-ED-2..5, R-PC-1/2). Par condicio, personal data and alternative text apply to every ente
 * because the law asks for them; the other checks apply to every ente as warnings or advice and weigh more
 * where the policy adopts them ({@link Policy#publishing()}), whose clause the message then cites. Legal
 * publicity blocks only where adopted; the licence notice, image attestations beyond minors and shares of
 * personal accounts apply only where adopted. See {@code docs/design/016-draft-checks.md}.
 *
 * <p>Immutable and thread-safe: build once per policy, share.
 *
 * <pre>{@code
 * DraftReview review = DraftCheck.of(policy).review(draft, List.of(), LocalDate.now(rome));
 * review.publishable();   // false exactly when a finding blocks
 * }</pre>
 */
public final class DraftCheck {

    private final Grounds grounds;
    private final List<ElectoralPeriod> policyPeriods;
    private final List<DraftRule> rules;

    private DraftCheck(Policy policy) {
        AnalysisSettings settings = EnteAnalysisSettings.of(policy);
        this.grounds = new Grounds(policy);
        this.policyPeriods = policy.electoralPeriods();
        this.rules = List.of(new ParCondicioRule(),
                new PrivacyRule(PersonalDataDetector.withPublicContacts(settings.officialContacts())),
                new AccessibilityRule(), new PlainLanguageRule(BureaucraticLanguage.standard()),
                new PurposeRule(settings), new PublicationRule());
    }

    /** @return the checks of the ente whose policy is {@code policy} */
    public static DraftCheck of(Policy policy) {
        return new DraftCheck(policy);
    }

    /**
     * Checks one draft.
     *
     * @param draft the draft
     * @param periods electoral periods known to the caller, in addition to those of the policy
     * @param today the day the check runs: the day of publication when the draft is not scheduled
     * @return the findings, blocking ones first, and the readability of the text
     */
    public DraftReview review(Draft draft, List<ElectoralPeriod> periods, LocalDate today) {
        List<ElectoralPeriod> all = new ArrayList<>(policyPeriods);
        all.addAll(periods);
        DraftContext context = new DraftContext(draft, draft.publicationDay(today), all, grounds,
                Readability.of(draft.text()), WritingStyle.find(draft.text()));
        List<CheckFinding> findings = new ArrayList<>();
        rules.forEach(rule -> rule.check(context, findings));
        findings.sort(Comparator.comparing(CheckFinding::severity));
        return new DraftReview(findings, context.readability());
    }
}
