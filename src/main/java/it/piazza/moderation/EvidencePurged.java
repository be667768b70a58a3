package it.piazza.moderation;

/**
 * Published when the retention job deletes evidence whose period has ended.
 *
 * @param enteId the ente
 * @param count how many records were purged
 */
public record EvidencePurged(String enteId, int count) {
}
