package it.piazza.publishing;

import it.piazza.detection.Readability;
import it.piazza.detection.StyleFinding;
import it.piazza.policy.ElectoralPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What every rule reads, the text measures taken once per draft.
 *
 * @param draft the draft
 * @param day the day of publication
 * @param periods the electoral periods of the policy and of the request
 * @param grounds the ente's policy and the messages
 * @param readability the Gulpease index of the text, empty when it has no words
 * @param style what the writing-style measures found in the text
 */
record DraftContext(Draft draft, LocalDate day, List<ElectoralPeriod> periods, Grounds grounds,
        Optional<Readability> readability, List<StyleFinding> style) {
}
