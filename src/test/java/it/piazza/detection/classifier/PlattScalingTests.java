package it.piazza.detection.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlattScalingTests {

    @Test
    void fitsAnIncreasingCurveThroughOverlappingClasses() {
        double[] scores = new double[200];
        int[] labels = new int[200];
        for (int i = 0; i < 200; i++) {
            scores[i] = (i - 100) / 25.0;
            labels[i] = i % 7 == 0 ? 1 - (i >= 100 ? 1 : 0) : (i >= 100 ? 1 : 0);
        }

        double[] fit = PlattScaling.fit(scores, labels);
        Head head = new Head(true, 0, fit[0], fit[1], 0.5);

        assertThat(fit[0]).isNegative();
        assertThat(head.probability(-4)).isBetween(0.0, 0.2);
        assertThat(head.probability(0)).isBetween(0.35, 0.65);
        assertThat(head.probability(4)).isBetween(0.8, 1.0);
    }

    @Test
    void choosesTheThresholdWithTheBestMacroF1() {
        double[] probabilities = {0.1, 0.2, 0.3, 0.35, 0.7, 0.8};
        int[] targets = {0, 0, 0, 1, 1, 1};

        assertThat(ModelTrainer.bestThreshold(probabilities, targets)).isBetween(0.31, 0.35);
    }
}
