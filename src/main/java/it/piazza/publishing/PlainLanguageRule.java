package it.piazza.publishing;

import it.piazza.detection.BureaucraticLanguage;
import it.piazza.detection.BureaucraticTerm;
import it.piazza.detection.StyleFinding;
import it.piazza.detection.StyleIssue;
import it.piazza.detection.WritingStyle;
import it.piazza.policy.PublishingCheck;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain language (rule R-ED-3; {@code docs/italian-pa-rules.md} §7), for every ente, more insistent where the
 * policy adopts it (Roma).
 *
 * <ul>
 *   <li>{@code READABILITY}: a Gulpease index below {@value #VERY_HARD} warns (hard even with a secondary
 *       school diploma); below {@value #HARD} warns where adopted and advises elsewhere; below the target of
 *       {@value #TARGET} for the general public advises where adopted. Never blocking: the index is noisy on
 *       short posts.</li>
 *   <li>{@code READABILITY} too: each sentence over {@value WritingStyle#LONG_SENTENCE} words, a warning
 *       where adopted, advice elsewhere.</li>
 *   <li>{@code BUREAUCRATIC_LANGUAGE}: each term of the burocratese lexicon, with its plain alternative; a
 *       warning where adopted, advice elsewhere.</li>
 * </ul>
 */
final class PlainLanguageRule implements DraftRule {

    static final int VERY_HARD = 40;
    static final int HARD = 60;
    static final int TARGET = 80;

    private static final int OPENING_WORDS = 8;

    private final BureaucraticLanguage lexicon;

    PlainLanguageRule(BureaucraticLanguage lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void check(DraftContext context, List<CheckFinding> out) {
        Grounds grounds = context.grounds();
        Severity advice = grounds.severity(PublishingCheck.READABILITY, Severity.WARN, Severity.INFO);
        context.readability().ifPresent(r -> {
            double g = r.gulpease();
            if (g < VERY_HARD) {
                out.add(grounds.finding(PublishingCheck.READABILITY, Severity.WARN, "publishing.readability.veryHard", g));
            } else if (g < HARD) {
                out.add(grounds.finding(PublishingCheck.READABILITY, advice, "publishing.readability.hard", g));
            } else if (g < TARGET && grounds.adopts(PublishingCheck.READABILITY)) {
                out.add(grounds.finding(PublishingCheck.READABILITY, Severity.INFO, "publishing.readability.target", g));
            }
        });
        for (StyleFinding sentence : context.style()) {
            if (sentence.issue() == StyleIssue.LONG_SENTENCE) {
                out.add(grounds.finding(PublishingCheck.READABILITY, advice, "publishing.readability.longSentence",
                        WritingStyle.LONG_SENTENCE, opening(sentence.text())));
            }
        }
        Map<String, BureaucraticTerm> terms = new LinkedHashMap<>();
        for (BureaucraticTerm term : lexicon.find(context.draft().text())) {
            terms.putIfAbsent(term.term().toLowerCase(Locale.ITALIAN), term);
        }
        Severity severity = grounds.severity(PublishingCheck.BUREAUCRATIC_LANGUAGE, Severity.WARN, Severity.INFO);
        for (BureaucraticTerm term : terms.values()) {
            out.add(term.leftOut()
                    ? grounds.finding(PublishingCheck.BUREAUCRATIC_LANGUAGE, severity, "publishing.bureaucratic.leaveOut",
                            term.term())
                    : grounds.finding(PublishingCheck.BUREAUCRATIC_LANGUAGE, severity, "publishing.bureaucratic",
                            term.term(), term.plain()));
        }
    }

    /** @return the first words of {@code sentence}, to point the editor to it */
    private static String opening(String sentence) {
        String[] words = sentence.split("\\s+");
        return words.length <= OPENING_WORDS ? sentence
                : String.join(" ", Arrays.copyOf(words, OPENING_WORDS)) + " …";
    }
}
