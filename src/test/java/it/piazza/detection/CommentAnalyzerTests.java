package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CommentAnalyzerTests {

    @Test
    void mergesTheFindingsOfAnAddedDetectorByCategory() {
        String text = "sei un idiota, chiamami al 333 1234567";
        Detector phones = (c, s) -> List.of(new Finding(Category.PERSONAL_DATA, 0.9,
                List.of(new TextSpan(text.indexOf("333"), text.length())), "phone number"));
        Detector insults = (c, s) -> List.of(new Finding(Category.INSULT, 0.5, List.of(), "classifier: insult 0.5"));

        Analysis a = Analyses.ANALYZER.withDetectors(phones, insults).analyze(CommentToAnalyze.of(text), AnalysisSettings.defaults());

        assertThat(a.categories(Analysis.DEFAULT_THRESHOLD)).containsExactlyInAnyOrder(Category.INSULT, Category.PERSONAL_DATA);
        assertThat(a.findings()).filteredOn(f -> f.category() == Category.INSULT).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("idiota").contains("classifier"));
    }

    @Test
    void returnsOneFindingPerCategoryStrongestFirst() {
        Analysis a = Analyses.ANALYZER.analyze(CommentToAnalyze.of("Stronzo, ti ammazzo, sei un coglione"), AnalysisSettings.defaults());

        assertThat(a.findings()).extracting(Finding::category).doesNotHaveDuplicates();
        assertThat(a.findings()).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
        assertThat(a.findings()).allSatisfy(f -> assertThat(f.score()).isBetween(0.0, 1.0));
    }

    @Test
    void givesTheSameAnswerFromManyThreads() {
        List<String> texts = List.of("sei un imbecille", "Vergogna, buche da mesi", "Votate Rossi!", "Grazie!");
        List<Set<Category>> expected = texts.stream()
                .map(t -> Analyses.ANALYZER.analyze(CommentToAnalyze.of(t), AnalysisSettings.defaults()).categories(0.5)).toList();

        List<Boolean> same = IntStream.range(0, 2_000).parallel().mapToObj(i -> {
            String t = texts.get(i % texts.size());
            return Analyses.ANALYZER.analyze(CommentToAnalyze.of(t), AnalysisSettings.defaults()).categories(0.5)
                    .equals(expected.get(i % texts.size()));
        }).toList();

        assertThat(same).containsOnly(true);
    }
}
