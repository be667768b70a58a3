package it.piazza.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a {@link CommentAnalyzer} on the functional tests of Multilingual HateCheck (Italian; Röttger et al.,
 * WOAH 2022, CC BY 4.0), given as JSON Lines {@code {"id", "text", "label": "<functionality>"}}, where a
 * functionality ending with {@code _h} is hateful and one ending with {@code _nh} is not.
 *
 * <p>A case counts as caught when any of {@link #ABUSE} is found. Profanity without a target
 * ({@code profanity_nh}) is non-hateful for HateCheck, but a public administration's policy still removes
 * vulgarity, so it is reported apart and left out of the false-positive rate.
 */
public final class HateCheckEvaluation {

    /** The categories that remove a hateful comment. */
    public static final Set<Category> ABUSE = Set.copyOf(EnumSet.of(Category.DISCRIMINATION, Category.THREAT,
            Category.INSULT, Category.OBSCENE));
    private static final String PROFANITY = "profanity_nh";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HateCheckEvaluation() {
    }

    /** One functional test case. */
    public record Case(String id, String text, String functionality) {

        /** @return whether HateCheck labels the case hateful */
        public boolean hateful() {
            return functionality.endsWith("_h");
        }
    }

    /**
     * Per functionality: how many cases, and how many were caught.
     *
     * @param cases the cases of the functionality
     * @param caught the cases with any of {@link #ABUSE} found
     * @param discrimination the cases with {@link Category#DISCRIMINATION} found
     */
    public record Functionality(int cases, int caught, int discrimination) {
    }

    /**
     * @param hatefulRecall share of hateful cases caught
     * @param nonHatefulFalsePositiveRate share of non-hateful cases caught, profanity left out
     * @param functionalities per functionality code, in alphabetical order
     */
    public record Report(int cases, double hatefulRecall, double nonHatefulFalsePositiveRate,
                         Map<String, Functionality> functionalities) {
    }

    /** @return the cases of a JSON Lines file */
    public static List<Case> read(Reader reader) {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    cases.add(new Case(n.path("id").asString(""), n.path("text").asString(""), n.path("label").asString("")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** Analyses every case with default settings and counts the findings at or above {@code threshold}. */
    public static Report evaluate(CommentAnalyzer analyzer, List<Case> cases, double threshold) {
        Map<String, int[]> counts = new TreeMap<>();
        int hateful = 0;
        int hatefulCaught = 0;
        int clean = 0;
        int cleanCaught = 0;
        for (Case c : cases) {
            Set<Category> found = analyzer.analyze(CommentToAnalyze.of(c.text()), AnalysisSettings.defaults())
                    .categories(threshold);
            boolean caught = found.stream().anyMatch(ABUSE::contains);
            int[] f = counts.computeIfAbsent(c.functionality(), k -> new int[3]);
            f[0]++;
            f[1] += caught ? 1 : 0;
            f[2] += found.contains(Category.DISCRIMINATION) ? 1 : 0;
            if (c.hateful()) {
                hateful++;
                hatefulCaught += caught ? 1 : 0;
            } else if (!c.functionality().equals(PROFANITY)) {
                clean++;
                cleanCaught += caught ? 1 : 0;
            }
        }
        Map<String, Functionality> functionalities = new TreeMap<>();
        counts.forEach((k, v) -> functionalities.put(k, new Functionality(v[0], v[1], v[2])));
        return new Report(cases.size(), ratio(hatefulCaught, hateful), ratio(cleanCaught, clean), functionalities);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : Math.round(numerator * 10000.0 / denominator) / 10000.0;
    }
}
