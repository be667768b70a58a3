package it.piazza.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures a {@link CommentAnalyzer} on a labelled set of comments: precision, recall and F1 per category
 * and per intent, the share of violating comments that are caught, the share of clean comments that are
 * flagged, and how many hard negatives (harsh criticism, sarcasm, quoted insults…) were flagged.
 *
 * <p>Comments are analysed in file order; each comment gets its author's earlier comments on the same ente
 * as {@link CommentToAnalyze#priorComments()}, as the moderation engine would read them from storage.
 *
 * <p>The labelled file is JSON Lines: {@code id}, {@code ente}, {@code post} {@code {id, text}},
 * {@code author} {@code {id}}, {@code channel}, {@code created_at} (ISO-8601 with offset), {@code text},
 * {@code categories} and {@code intents} (taxonomy codes), {@code note} ("hard negative: …" marks a hard
 * negative). The settings file is one JSON object per ente id with {@code purposes},
 * {@code officialDomains}, {@code officialContacts}, {@code nonProfitInitiativesAllowed},
 * {@code candidates}, {@code parties}, {@code electoralHashtags}.
 */
public final class LabelledSetEvaluation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_PRIOR = 50;

    private LabelledSetEvaluation() {
    }

    /**
     * One labelled comment.
     *
     * @param note why it is labelled so; starts with "hard negative" for a hard negative
     */
    public record LabelledComment(String id, String ente, @Nullable String postText, @Nullable String authorId,
                                  @Nullable String channel, @Nullable Instant createdAt, String text,
                                  Set<Category> categories, Set<Intent> intents, String note) {

        public LabelledComment {
            categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
            intents = intents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(intents));
        }

        /** @return whether the note marks this comment as a hard negative */
        public boolean hardNegative() {
            return note.startsWith("hard negative");
        }
    }

    /** Counts for one label, and the figures derived from them (0 when undefined). */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        /** @return TP / (TP + FP) */
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        /** @return TP / (TP + FN) */
        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        /** @return the harmonic mean of precision and recall */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** @return how many comments carry the label */
        public int support() {
            return truePositives + falseNegatives;
        }
    }

    /** A comment where the expected and the found categories or intents differ. */
    public record Mismatch(String id, Set<Category> expected, Set<Category> found, Set<Intent> expectedIntents,
                           Set<Intent> foundIntents, String text, String note) {
    }

    /**
     * The figures of one run.
     *
     * @param comments comments evaluated
     * @param violations comments with at least one evaluated category
     * @param clean comments with no category at all
     * @param hardNegatives clean comments marked as hard negatives
     * @param violationRecall share of {@code violations} with at least one evaluated category found
     * @param cleanFalsePositiveRate share of {@code clean} comments with any evaluated category found
     * @param hardNegativesFlagged hard negatives with any evaluated category found
     * @param criticismFlagged hard negatives whose note says criticism, flagged
     * @param categories per category, evaluated categories only
     * @param intents per intent
     * @param notEvaluated categories left out (their detector is not part of the analyzer)
     * @param mismatches every comment where expectation and finding differ
     */
    public record Report(int comments, int violations, int clean, int hardNegatives, double violationRecall,
                         double cleanFalsePositiveRate, int hardNegativesFlagged, int criticismFlagged,
                         Map<Category, Score> categories, Map<Intent, Score> intents, Set<Category> notEvaluated,
                         List<Mismatch> mismatches) {
    }

    /** @return the labelled comments of a JSON Lines file */
    public static List<LabelledComment> read(Reader reader) {
        List<LabelledComment> comments = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    comments.add(parse(JSON.readTree(line), number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return comments;
    }

    /** @return the settings of each ente id in a settings file */
    public static Map<String, AnalysisSettings> readSettings(Reader reader) {
        JsonNode root = JSON.readTree(reader);
        Map<String, AnalysisSettings> settings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode s = e.getValue();
            settings.put(e.getKey(), AnalysisSettings.defaults()
                    .withPurposes(s.path("purposes").asString(""))
                    .withNonProfitInitiativesAllowed(s.path("nonProfitInitiativesAllowed").asBoolean(false))
                    .withOfficial(strings(s.path("officialDomains")), strings(s.path("officialContacts")))
                    .withElection(strings(s.path("candidates")), strings(s.path("parties")),
                            strings(s.path("electoralHashtags"))));
        }
        return settings;
    }

    /**
     * Analyses every comment in order and compares the findings at or above {@code threshold} with the labels.
     *
     * @param settings per ente id; an ente without settings gets {@link AnalysisSettings#defaults()}
     * @param notEvaluated categories to leave out of every figure
     */
    public static Report evaluate(CommentAnalyzer analyzer, List<LabelledComment> comments,
                                  Map<String, AnalysisSettings> settings, double threshold, Set<Category> notEvaluated) {
        Map<Category, int[]> categoryCounts = new EnumMap<>(Category.class);
        Map<Intent, int[]> intentCounts = new EnumMap<>(Intent.class);
        Map<String, List<PriorComment>> history = new HashMap<>();
        List<Mismatch> mismatches = new ArrayList<>();
        int violations = 0;
        int caught = 0;
        int clean = 0;
        int cleanFlagged = 0;
        int hardNegatives = 0;
        int hardFlagged = 0;
        int criticismFlagged = 0;
        for (LabelledComment c : comments) {
            String authorKey = c.ente() + '\u0000' + c.authorId();
            List<PriorComment> prior = c.authorId() == null ? List.of() : history.getOrDefault(authorKey, List.of());
            CommentToAnalyze comment = new CommentToAnalyze(c.text(), c.postText(), c.authorId(), c.channel(),
                    c.createdAt(), prior);
            Analysis analysis = analyzer.analyze(comment, settings.getOrDefault(c.ente(), AnalysisSettings.defaults()));
            if (c.authorId() != null && c.createdAt() != null) {
                List<PriorComment> updated = new ArrayList<>(prior);
                updated.add(new PriorComment(c.text(), c.createdAt()));
                history.put(authorKey, updated.size() > MAX_PRIOR ? updated.subList(updated.size() - MAX_PRIOR, updated.size()) : updated);
            }
            Set<Category> expected = without(c.categories(), notEvaluated);
            Set<Category> found = without(analysis.categories(threshold), notEvaluated);
            Set<Intent> foundIntents = EnumSet.noneOf(Intent.class);
            foundIntents.addAll(analysis.intentsAbove(threshold));
            count(categoryCounts, expected, found, Category.class);
            count(intentCounts, c.intents(), foundIntents, Intent.class);
            if (!expected.isEmpty()) {
                violations++;
                caught += found.isEmpty() ? 0 : 1;
            } else if (c.categories().isEmpty()) {
                clean++;
                cleanFlagged += found.isEmpty() ? 0 : 1;
                if (c.hardNegative()) {
                    hardNegatives++;
                    hardFlagged += found.isEmpty() ? 0 : 1;
                    criticismFlagged += !found.isEmpty() && c.note().contains("criticism") ? 1 : 0;
                }
            }
            if (!expected.equals(found) || !c.intents().equals(foundIntents)) {
                mismatches.add(new Mismatch(c.id(), expected, found, c.intents(), foundIntents, c.text(), c.note()));
            }
        }
        return new Report(comments.size(), violations, clean, hardNegatives, ratio(caught, violations),
                ratio(cleanFlagged, clean), hardFlagged, criticismFlagged, scores(categoryCounts), scores(intentCounts),
                notEvaluated.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notEvaluated)), mismatches);
    }

    private static <E extends Enum<E>> void count(Map<E, int[]> counts, Set<E> expected, Set<E> found, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            boolean exp = expected.contains(e);
            boolean got = found.contains(e);
            if (exp || got) {
                int[] c = counts.computeIfAbsent(e, k -> new int[3]);
                c[exp && got ? 0 : got ? 1 : 2]++;
            }
        }
    }

    private static <E extends Enum<E>> Map<E, Score> scores(Map<E, int[]> counts) {
        Map<E, Score> scores = new LinkedHashMap<>();
        counts.forEach((e, c) -> scores.put(e, new Score(c[0], c[1], c[2])));
        return scores;
    }

    private static Set<Category> without(Set<Category> categories, Set<Category> excluded) {
        Set<Category> result = EnumSet.noneOf(Category.class);
        result.addAll(categories);
        result.removeAll(excluded);
        return result;
    }

    private static LabelledComment parse(JsonNode n, int line) {
        String id = n.path("id").asString(null);
        String text = n.path("text").asString(null);
        if (id == null || text == null) {
            throw new IllegalArgumentException("line " + line + ": \"id\" and \"text\" are required");
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (JsonNode code : n.path("categories")) {
            categories.add(Category.valueOf(code.asString()));
        }
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        for (JsonNode code : n.path("intents")) {
            intents.add(Intent.valueOf(code.asString()));
        }
        String createdAt = n.path("created_at").asString(null);
        return new LabelledComment(id, n.path("ente").asString(""), n.path("post").path("text").asString(null),
                n.path("author").path("id").asString(null), n.path("channel").asString(null),
                createdAt == null ? null : OffsetDateTime.parse(createdAt).toInstant(), text, categories, intents,
                n.path("note").asString(""));
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode v : array) {
            values.add(v.asString());
        }
        return values;
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : Math.round(numerator * 10000.0 / denominator) / 10000.0;
    }
}
