package it.piazza.detection;

/**
 * Confusion counts of a binary decision and the figures the EVALITA tasks report: per-class F1, their
 * unweighted mean (macro-F1) and accuracy.
 *
 * @param truePositives gold 1, predicted 1
 * @param falsePositives gold 0, predicted 1
 * @param trueNegatives gold 0, predicted 0
 * @param falseNegatives gold 1, predicted 0
 */
public record BinaryMetrics(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    /** @return the counts of {@code predicted} against {@code gold} (0/1 each, same length) */
    public static BinaryMetrics of(int[] gold, int[] predicted) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < gold.length; i++) {
            if (gold[i] == 1) {
                if (predicted[i] == 1) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (predicted[i] == 1) {
                fp++;
            } else {
                tn++;
            }
        }
        return new BinaryMetrics(tp, fp, tn, fn);
    }

    /** @return the number of lines counted */
    public int n() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    /** @return F1 of class 1 (0 when it is never predicted nor present) */
    public double f1Positive() {
        return f1(truePositives, falsePositives, falseNegatives);
    }

    /** @return F1 of class 0 */
    public double f1Negative() {
        return f1(trueNegatives, falseNegatives, falsePositives);
    }

    /** @return the mean of the two per-class F1 */
    public double macroF1() {
        return (f1Positive() + f1Negative()) / 2;
    }

    /** @return the share of correct decisions (0 for no lines) */
    public double accuracy() {
        return n() == 0 ? 0 : (double) (truePositives + trueNegatives) / n();
    }

    private static double f1(int tp, int fp, int fn) {
        int denominator = 2 * tp + fp + fn;
        return denominator == 0 ? 0 : 2.0 * tp / denominator;
    }
}
