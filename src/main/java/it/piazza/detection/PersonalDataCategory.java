package it.piazza.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The personal-data detector as a category detector: information on an identifiable minor is
 * {@link Category#MINORS}, every other kind of personal data {@link Category#PERSONAL_DATA}, each from a
 * confidence of {@value #MIN_CONFIDENCE}. The ente's own public contacts (from the settings) are never
 * personal data.
 */
final class PersonalDataCategory implements Detector {

    /**
     * Weaker readings (a business number in an advert, a document-like shape with no context word) are
     * personal data for the {@code pii} command, but not grounds for moderating a comment.
     */
    static final double MIN_CONFIDENCE = 0.7;

    private final Map<Set<String>, PersonalDataDetector> byContacts = new ConcurrentHashMap<>();

    @Override
    public List<Finding> detect(CommentToAnalyze comment, AnalysisSettings settings) {
        PersonalDataDetector detector = byContacts.computeIfAbsent(settings.officialContacts(),
                contacts -> contacts.isEmpty() ? PersonalDataDetector.standard()
                        : PersonalDataDetector.withPublicContacts(contacts));
        List<PersonalDataFinding> found = detector.find(comment.text()).stream()
                .filter(f -> f.confidence() >= MIN_CONFIDENCE).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        add(findings, Category.MINORS, found.stream().filter(f -> f.type() == PersonalDataType.MINOR_INFO).toList());
        add(findings, Category.PERSONAL_DATA, found.stream().filter(f -> f.type() != PersonalDataType.MINOR_INFO).toList());
        return findings;
    }

    private static void add(List<Finding> findings, Category category, List<PersonalDataFinding> found) {
        if (found.isEmpty()) {
            return;
        }
        double score = found.stream().mapToDouble(PersonalDataFinding::confidence).max().orElse(0);
        String reason = String.join("; ", found.stream().map(f -> f.type() + " (" + f.reason() + ")").distinct().toList());
        findings.add(new Finding(category, score, found.stream().map(PersonalDataFinding::span).toList(), reason));
    }
}
