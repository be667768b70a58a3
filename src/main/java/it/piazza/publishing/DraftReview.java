package it.piazza.publishing;

import it.piazza.detection.Readability;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of the checks on a draft.
 *
 * @param findings what the checks found, blocking findings first
 * @param readability the Gulpease index and its counts, empty when the text has no words
 */
public record DraftReview(List<CheckFinding> findings, Optional<Readability> readability) {

    public DraftReview {
        findings = List.copyOf(findings);
    }

    /** @return whether no finding blocks the draft */
    public boolean publishable() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.BLOCK);
    }
}
