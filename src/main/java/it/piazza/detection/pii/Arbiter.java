package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataFinding;
import it.piazza.detection.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles overlapping candidates once: the most confident candidate wins its span (at equal confidence the
 * longer, then the earlier); a winning "not personal data" claim silences what it overlaps. Candidates
 * below the reporting threshold are dropped.
 */
final class Arbiter {

    /** Candidates below this confidence are not reported. */
    static final double THRESHOLD = 0.5;

    private static final Comparator<Candidate> PRECEDENCE = Comparator.comparingDouble(Candidate::confidence)
            .reversed()
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparingInt(Candidate::start);

    private Arbiter() {
    }

    static List<PersonalDataFinding> settle(String text, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(PRECEDENCE);
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate candidate : ordered) {
            if (candidate.confidence() < THRESHOLD || candidate.length() == 0) {
                continue;
            }
            boolean free = true;
            for (Candidate winner : accepted) {
                if (winner.overlaps(candidate)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                accepted.add(candidate);
            }
        }
        List<PersonalDataFinding> findings = new ArrayList<>(accepted.size());
        for (Candidate winner : accepted) {
            if (winner.type() != null) {
                findings.add(new PersonalDataFinding(winner.type(), new TextSpan(winner.start(), winner.end()),
                        text.substring(winner.start(), winner.end()), winner.confidence(), winner.reason()));
            }
        }
        findings.sort(Comparator.comparing(PersonalDataFinding::span));
        return List.copyOf(findings);
    }
}
