package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpamDetectionTests {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String PROMO = "Prestiti veloci senza busta paga, risposta in 24 ore, scrivici su WhatsApp";

    private static Analysis analyze(String text, List<PriorComment> prior) {
        return Analyses.ANALYZER.analyze(CommentToAnalyze.of(text).withAuthor("u1", NOW, prior), AnalysisSettings.defaults());
    }

    @Test
    void findsTheSameAuthorRepeatingAComment() {
        Analysis a = analyze(PROMO, List.of(new PriorComment(PROMO, NOW.minus(Duration.ofMinutes(5)))));

        assertThat(a.categories(Analysis.DEFAULT_THRESHOLD)).contains(Category.SPAM);
        assertThat(a.finding(Category.SPAM).orElseThrow().reason()).startsWith("repetition");
    }

    @Test
    void findsANearRepetition() {
        Analysis a = analyze(PROMO + "!!", List.of(new PriorComment(PROMO.replace("veloci", "rapidi"), NOW.minus(Duration.ofHours(2)))));

        assertThat(a.categories(Analysis.DEFAULT_THRESHOLD)).contains(Category.SPAM);
    }

    @Test
    void ignoresARepetitionOutsideTheWindow() {
        Analysis a = analyze(PROMO, List.of(new PriorComment(PROMO, NOW.minus(Duration.ofDays(3)))));

        assertThat(a.finding(Category.SPAM)).isEmpty();
    }

    @Test
    void findsAFlood() {
        List<PriorComment> prior = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            prior.add(new PriorComment("commento numero " + i + " diverso dagli altri", NOW.minus(Duration.ofMinutes(i))));
        }

        assertThat(analyze("e questo è il quinto", prior).categories(Analysis.DEFAULT_THRESHOLD)).contains(Category.SPAM);
        assertThat(analyze("e questo è il quinto", prior.subList(0, 3)).finding(Category.SPAM)).isEmpty();
    }

    @Test
    void findsALinkFarmButNotTheEntesOwnLinks() {
        String farm = "guarda qui www.a-shop.com poi www.b-deals.net e anche www.c-promo.org";
        String official = "orari su www.comune.massa.ms.it, moduli su www.comune.massa.ms.it/moduli e www.comune.massa.ms.it/urp";
        AnalysisSettings massa = AnalysisSettings.defaults().withOfficial(Set.of("comune.massa.ms.it"), Set.of());

        assertThat(Analyses.categories(farm)).contains(Category.SPAM);
        assertThat(Analyses.categories(official, null, massa)).doesNotContain(Category.SPAM, Category.ADVERTISING);
    }

    @Test
    void keepsAShortThanksOnTwoPostsClean() {
        Analysis a = analyze("Grazie!", List.of(new PriorComment("Grazie!", NOW.minus(Duration.ofHours(1)))));

        assertThat(a.finding(Category.SPAM)).isEmpty();
    }
}
