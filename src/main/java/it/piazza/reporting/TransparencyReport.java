package it.piazza.reporting;

import java.time.Instant;
import java.util.Map;

/**
 * What an ente did in a period, as counts (R-MOD-6: monthly counts by rule and action).
 *
 * @param enteId the ente
 * @param from start, inclusive
 * @param to end, exclusive
 * @param received interactions received
 * @param byAction decisions by action (the latest decision on each interaction)
 * @param byCategory hidden or removed comments by category
 * @param automated hidden or removed by Piazza alone
 * @param human hidden or removed by a person
 * @param appealsFiled appeals filed
 * @param reversed decisions reversed on appeal
 * @param byChannel hidden or removed comments by the ente's channel
 */
public record TransparencyReport(String enteId, Instant from, Instant to, long received, Map<String, Long> byAction,
        Map<String, Long> byCategory, long automated, long human, long appealsFiled, long reversed,
        Map<String, Long> byChannel) {
}
