package it.piazza.detection.triage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import it.piazza.detection.Intent;
import it.piazza.detection.TextSpan;
import it.piazza.detection.Topic;
import it.piazza.detection.TriageResult;

/**
 * Scores every intent and topic by its cues and decides. An emergency wins whenever its score reaches
 * {@link #EMERGENCY_THRESHOLD} (recall first: a false alarm costs a sentence about 112, a miss can cost a life);
 * then abuse; then the intent with the highest score, ties broken by {@link #PRIORITY}; below
 * {@link #MIN_SCORE} the message is {@link Intent#OTHER}, for a person to read. Immutable and thread-safe.
 */
public final class TriageRules {

    /** The emergency score from which a message is an emergency. */
    public static final double EMERGENCY_THRESHOLD = 1.0;
    /** The abuse score from which a message is abuse. */
    public static final double ABUSE_THRESHOLD = 2.0;
    /** Below this score no intent is recognised. */
    public static final double MIN_SCORE = 0.7;
    /** The order of intents on equal scores: the more specific first. */
    static final List<Intent> PRIORITY = List.of(Intent.ACCESS_REQUEST, Intent.PRESS, Intent.PUBLICATION_REQUEST,
            Intent.PERSONAL_CASE, Intent.COMPLAINT, Intent.DISSERVICE_REPORT, Intent.INFO_REQUEST);

    private final List<Cue> cues;

    private TriageRules(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** @return the rules of the bundled cue file */
    public static TriageRules standard() {
        return new TriageRules(Cues.standard());
    }

    /** @return the triage of {@code text} */
    public TriageResult classify(String text) {
        String folded = Folding.fold(text);
        Map<Intent, Double> scores = new EnumMap<>(Intent.class);
        Map<Intent, List<Hit>> hits = new EnumMap<>(Intent.class);
        Map<Topic, Integer> topicScores = new EnumMap<>(Topic.class);
        Map<Topic, List<Hit>> topicHits = new EnumMap<>(Topic.class);
        List<String> calming = new ArrayList<>();
        for (Cue cue : cues) {
            List<TextSpan> spans = matches(cue, folded);
            if (spans.isEmpty()) {
                continue;
            }
            switch (cue.kind()) {
                case INTENT -> {
                    Intent intent = Intent.valueOf(cue.code());
                    scores.merge(intent, cue.weight(), Double::sum);
                    hits.computeIfAbsent(intent, k -> new ArrayList<>()).add(new Hit(cue.reason(), spans));
                }
                case CALM -> {
                    scores.merge(Intent.valueOf(cue.code()), -cue.weight(), Double::sum);
                    calming.add(cue.reason());
                }
                case TOPIC -> {
                    Topic topic = Topic.valueOf(cue.code());
                    topicScores.merge(topic, (int) spans.stream().map(s -> s.of(folded)).distinct().count(),
                            Integer::sum);
                    topicHits.computeIfAbsent(topic, k -> new ArrayList<>()).add(new Hit(cue.reason(), spans));
                }
            }
        }
        Topic topic = topicScores.entrySet().stream()
                .max(Map.Entry.<Topic, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElse(null);
        Decision decision = decide(scores);
        List<TextSpan> evidence = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Hit hit : hits.getOrDefault(decision.intent(), List.of())) {
            evidence.addAll(hit.spans());
            reasons.add(decision.intent() + ": " + hit.reason());
        }
        if (decision.intent() == Intent.EMERGENCY) {
            calming.forEach(reason -> reasons.add("EMERGENCY despite: " + reason));
        } else if (!calming.isEmpty() && hits.containsKey(Intent.EMERGENCY)) {
            calming.forEach(reason -> reasons.add("not an emergency: " + reason));
        }
        if (decision.intent() == Intent.OTHER) {
            reasons.add("OTHER: no intent reaches " + MIN_SCORE);
        }
        if (topic != null) {
            for (Hit hit : topicHits.get(topic)) {
                evidence.addAll(hit.spans());
                reasons.add("topic " + topic + ": " + hit.reason());
            }
        }
        return new TriageResult(decision.intent(), decision.confidence(), topic,
                evidence.stream().distinct().sorted().toList(), reasons);
    }

    private static Decision decide(Map<Intent, Double> scores) {
        double emergency = scores.getOrDefault(Intent.EMERGENCY, 0.0);
        if (emergency >= EMERGENCY_THRESHOLD) {
            return new Decision(Intent.EMERGENCY, Math.min(0.99, 0.6 + 0.15 * emergency));
        }
        double abuse = scores.getOrDefault(Intent.ABUSE, 0.0);
        if (abuse >= ABUSE_THRESHOLD) {
            return new Decision(Intent.ABUSE, Math.min(0.99, 0.5 + 0.15 * abuse));
        }
        Intent best = null;
        double bestScore = 0;
        double second = 0;
        for (Intent intent : PRIORITY) {
            double score = scores.getOrDefault(intent, 0.0);
            if (best == null || score > bestScore) {
                second = Math.max(second, bestScore);
                best = intent;
                bestScore = score;
            } else {
                second = Math.max(second, score);
            }
        }
        if (best == null || bestScore < MIN_SCORE) {
            return new Decision(Intent.OTHER, 0.5);
        }
        return new Decision(best, Math.clamp(bestScore / (bestScore + second + 0.4), 0.3, 0.98));
    }

    private static List<TextSpan> matches(Cue cue, String folded) {
        List<TextSpan> spans = new ArrayList<>();
        Matcher matcher = cue.pattern().matcher(folded);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                spans.add(new TextSpan(matcher.start(), matcher.end()));
            }
        }
        return spans;
    }

    private record Hit(String reason, List<TextSpan> spans) {
    }

    private record Decision(Intent intent, double confidence) {
        Decision {
            confidence = Math.round(confidence * 1000) / 1000.0;
        }
    }
}
