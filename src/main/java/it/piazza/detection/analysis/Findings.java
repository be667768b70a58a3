package it.piazza.detection.analysis;

import it.piazza.detection.Analysis;
import it.piazza.detection.Category;
import it.piazza.detection.Finding;
import it.piazza.detection.Intent;
import it.piazza.detection.IntentFinding;
import it.piazza.detection.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Collects the signals of all detectors for one comment and merges them into one finding per category:
 * independent signals combine as a noisy-or, evidence spans are united and the strongest reasons kept.
 */
final class Findings {

    private static final int MAX_REASONS = 3;
    private static final double MAX_SCORE = 0.99;

    private record Signal(double score, List<TextSpan> evidence, String reason) {
    }

    private final Map<Category, List<Signal>> categories = new EnumMap<>(Category.class);
    private final Map<Intent, List<Signal>> intents = new EnumMap<>(Intent.class);

    void add(Category category, double score, List<TextSpan> evidence, String reason) {
        if (score > 0) {
            categories.computeIfAbsent(category, c -> new ArrayList<>(2)).add(new Signal(score, evidence, reason));
        }
    }

    void add(Finding finding) {
        add(finding.category(), finding.score(), finding.evidence(), finding.reason());
    }

    void add(Intent intent, double score, List<TextSpan> evidence, String reason) {
        if (score > 0) {
            intents.computeIfAbsent(intent, c -> new ArrayList<>(2)).add(new Signal(score, evidence, reason));
        }
    }

    Analysis toAnalysis() {
        List<Finding> findings = new ArrayList<>(categories.size());
        categories.forEach((c, signals) -> findings.add(new Finding(c, combined(signals), evidence(signals), reason(signals))));
        findings.sort(Comparator.comparingDouble(Finding::score).reversed());
        List<IntentFinding> found = new ArrayList<>(intents.size());
        intents.forEach((i, signals) -> found.add(new IntentFinding(i, combined(signals), evidence(signals), reason(signals))));
        found.sort(Comparator.comparingDouble(IntentFinding::score).reversed());
        return new Analysis(findings, found);
    }

    private static double combined(List<Signal> signals) {
        double miss = 1;
        for (Signal s : signals) {
            miss *= 1 - s.score();
        }
        return Math.min(MAX_SCORE, Math.round((1 - miss) * 1000) / 1000.0);
    }

    private static List<TextSpan> evidence(List<Signal> signals) {
        TreeSet<TextSpan> spans = new TreeSet<>();
        signals.forEach(s -> spans.addAll(s.evidence()));
        return List.copyOf(spans);
    }

    private static String reason(List<Signal> signals) {
        List<Signal> sorted = new ArrayList<>(signals);
        sorted.sort(Comparator.comparingDouble(Signal::score).reversed());
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < Math.min(MAX_REASONS, sorted.size()); k++) {
            b.append(k == 0 ? "" : "; ").append(sorted.get(k).reason());
        }
        if (sorted.size() > MAX_REASONS) {
            b.append("; +").append(sorted.size() - MAX_REASONS).append(" more");
        }
        return b.toString();
    }
}
