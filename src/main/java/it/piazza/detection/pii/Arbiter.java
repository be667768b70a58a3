package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataFinding;
import it.piazza.detection.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settles overlapping candidates once: the most confident candidate wins its span (at equal confidence the
 * longer, then the earlier); a winning "not personal data" claim silences what it overlaps. Candidates
 * below the reporting threshold are dropped. Settling costs O(n log n) in the number of candidates.
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
        TreeMap<Integer, Candidate> accepted = new TreeMap<>();
        for (Candidate candidate : ordered) {
            if (candidate.confidence() < THRESHOLD || candidate.length() == 0) {
                continue;
            }
            // Accepted spans never overlap, so only the last one starting before this candidate ends can.
            Map.Entry<Integer, Candidate> before = accepted.lowerEntry(candidate.end());
            if (before == null || before.getValue().end() <= candidate.start()) {
                accepted.put(candidate.start(), candidate);
            }
        }
        List<PersonalDataFinding> findings = new ArrayList<>(accepted.size());
        for (Candidate winner : accepted.values()) {
            if (winner.type() != null) {
                findings.add(new PersonalDataFinding(winner.type(), new TextSpan(winner.start(), winner.end()),
                        text.substring(winner.start(), winner.end()), winner.confidence(), winner.reason()));
            }
        }
        return List.copyOf(findings);
    }
}
