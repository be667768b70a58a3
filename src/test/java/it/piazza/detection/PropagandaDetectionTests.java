package it.piazza.detection;

import static it.piazza.detection.Analyses.categories;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PropagandaDetectionTests {

    private static final AnalysisSettings ELECTION = AnalysisSettings.defaults()
            .withElection(Set.of("Luca Marinelli"), Set.of("Porto Domani"), Set.of("#MarinelliSindaco"));

    @ParameterizedTest
    @ValueSource(strings = {"Votate la lista civica!", "Alle prossime comunali scegliete il cambiamento",
            "Barrate il simbolo con il gabbiano", "#votaRossi",
            "Il 12 giugno scegli il cambiamento: vota e fai votare il nostro candidato sindaco!"})
    void findsCallsToVote(String text) {
        assertThat(categories(text)).contains(Category.POLITICAL_PROPAGANDA);
    }

    @Test
    void usesTheElectionListsOfTheSettings() {
        assertThat(categories("Forza Luca Marinelli, il sindaco che serve!", null, ELECTION))
                .contains(Category.POLITICAL_PROPAGANDA);
        assertThat(categories("Sempre con Porto Domani 💪", null, ELECTION)).contains(Category.POLITICAL_PROPAGANDA);
        assertThat(categories("#MarinelliSindaco", null, ELECTION)).contains(Category.POLITICAL_PROPAGANDA);
        assertThat(categories("#MarinelliSindaco")).doesNotContain(Category.POLITICAL_PROPAGANDA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dove si vota se ho cambiato residenza? Il seggio è sempre alla Marconi?",
            "Il candidato Marinelli ha votato contro la mensa gratuita, ricordatevelo",
            "Tutti i partiti sono uguali, voterò scheda bianca", "Il consiglio comunale vota il bilancio giovedì",
            "Chi vota e chi non vota, il seggio di via Roma apre alle 7?"})
    void keepsOpinionsAndVotingLogisticsClean(String text) {
        assertThat(categories(text, null, ELECTION)).doesNotContain(Category.POLITICAL_PROPAGANDA);
    }
}
