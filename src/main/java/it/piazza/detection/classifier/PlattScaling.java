package it.piazza.detection.classifier;

/**
 * Platt scaling: fits {@code p = 1 / (1 + exp(slope * score + offset))} to held-out scores by Newton's
 * method with backtracking on the regularised targets of Platt (1999), following the numerically safe
 * formulation of Lin, Lin and Weng (2007), "A note on Platt's probabilistic outputs for support vector
 * machines".
 */
final class PlattScaling {

    private static final int MAX_ITERATIONS = 100;
    private static final double MIN_STEP = 1e-10;
    private static final double SIGMA = 1e-12;
    private static final double EPSILON = 1e-5;

    private PlattScaling() {
    }

    /** @return {slope, offset} for the scores and their 0/1 labels */
    static double[] fit(double[] scores, int[] labels) {
        int n = scores.length;
        double positives = 0;
        for (int label : labels) {
            positives += label;
        }
        double negatives = n - positives;
        double high = (positives + 1) / (positives + 2);
        double low = 1 / (negatives + 2);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = labels[i] == 1 ? high : low;
        }
        double a = 0;
        double b = Math.log((negatives + 1) / (positives + 1));
        double value = objective(scores, t, a, b);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double h11 = SIGMA;
            double h22 = SIGMA;
            double h21 = 0;
            double g1 = 0;
            double g2 = 0;
            for (int i = 0; i < n; i++) {
                double f = scores[i] * a + b;
                double p;
                double q;
                if (f >= 0) {
                    p = Math.exp(-f) / (1 + Math.exp(-f));
                    q = 1 / (1 + Math.exp(-f));
                } else {
                    p = 1 / (1 + Math.exp(f));
                    q = Math.exp(f) / (1 + Math.exp(f));
                }
                double d2 = p * q;
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                double d1 = t[i] - p;
                g1 += scores[i] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < EPSILON && Math.abs(g2) < EPSILON) {
                break;
            }
            double det = h11 * h22 - h21 * h21;
            double da = -(h22 * g1 - h21 * g2) / det;
            double db = -(-h21 * g1 + h11 * g2) / det;
            double gd = g1 * da + g2 * db;
            double step = 1;
            while (step >= MIN_STEP) {
                double na = a + step * da;
                double nb = b + step * db;
                double next = objective(scores, t, na, nb);
                if (next < value + 0.0001 * step * gd) {
                    a = na;
                    b = nb;
                    value = next;
                    break;
                }
                step /= 2;
            }
            if (step < MIN_STEP) {
                break;
            }
        }
        return new double[] {a, b};
    }

    private static double objective(double[] scores, double[] t, double a, double b) {
        double value = 0;
        for (int i = 0; i < scores.length; i++) {
            double f = scores[i] * a + b;
            value += f >= 0 ? t[i] * f + Math.log1p(Math.exp(-f)) : (t[i] - 1) * f + Math.log1p(Math.exp(f));
        }
        return value;
    }
}
