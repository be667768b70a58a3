package it.piazza.policy;

import java.time.Period;

/**
 * How long records are kept.
 *
 * @param evidence evidence of removed content
 * @param warnings warnings to authors
 * @param auditLog entries of the audit log
 */
public record Retention(Period evidence, Period warnings, Period auditLog) {
}
