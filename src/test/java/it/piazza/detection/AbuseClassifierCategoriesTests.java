package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbuseClassifierCategoriesTests {

    private final AbuseClassifierCategories detector =
            new AbuseClassifierCategories(AbuseClassifier.loadDefault().orElseThrow());

    private List<Finding> findings(String text) {
        return detector.detect(CommentToAnalyze.of(text), AnalysisSettings.defaults());
    }

    @Test
    void anInsultIsReportedWithItsWordsAndAScoreThatOnlyBringsItToAPerson() {
        List<Finding> found = findings("Assessore, lei è un cretino e un buffone");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.INSULT);
            assertThat(f.score()).isBetween(AbuseClassifierCategories.FLOOR, AbuseClassifierCategories.CEILING);
            assertThat(f.reason()).contains("cretino");
        });
    }

    @Test
    void harshCriticismOfAnOfficialsWorkIsNotAnInsult() {
        assertThat(findings("Vergogna, strade piene di buche da mesi. L'assessore è incompetente e dovrebbe dimettersi."))
                .isEmpty();
        assertThat(findings("Sindaco, la sua giunta è inadeguata: si dimetta")).isEmpty();
    }

    @Test
    void aCommentOfFewerThanThreeWordsIsLeftToTheRules() {
        assertThat(findings("Cretino!")).isEmpty();
    }
}
