package it.piazza.inbox;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How long citizens waited for a person's answer, in staffed minutes (only the ente's staffed hours count), by
 * channel and by office. Figures are measured, never promised: where the policy says it guarantees no answer
 * time, the console says so next to them.
 *
 * @param byChannel one figure per channel with answers, by channel id
 * @param byOffice one figure per office with answers, by office id or contact kind code
 * @param guaranteed whether the policy promises answer times; null when it does not say
 * @param clauses the policy's sentences on private messages and answers, verbatim
 */
public record ResponseTimes(List<Figure> byChannel, List<Figure> byOffice, @Nullable Boolean guaranteed,
        List<String> clauses) {

    public ResponseTimes {
        byChannel = List.copyOf(byChannel);
        byOffice = List.copyOf(byOffice);
        clauses = List.copyOf(clauses);
    }

    /**
     * The answers of one channel or office.
     *
     * @param key the channel id or office
     * @param answers how many replies of a person left
     * @param medianMinutes the median wait, in staffed minutes
     * @param p90Minutes the 90th percentile (nearest rank), in staffed minutes
     * @param maxMinutes the longest wait, in staffed minutes
     */
    public record Figure(String key, int answers, long medianMinutes, long p90Minutes, long maxMinutes) {

        /**
         * @param key the channel id or office
         * @param minutes the waits, in any order; not empty
         * @return the figure of those waits
         */
        public static Figure of(String key, List<Long> minutes) {
            if (minutes.isEmpty()) {
                throw new IllegalArgumentException("no answers for " + key);
            }
            List<Long> sorted = minutes.stream().sorted().toList();
            return new Figure(key, sorted.size(), rank(sorted, 0.5), rank(sorted, 0.9), sorted.getLast());
        }

        private static long rank(List<Long> sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.size()) - 1;
            return sorted.get(Math.max(0, index));
        }
    }
}
