package it.piazza.publishing;

import it.piazza.policy.PublishingCheck;

/**
 * One finding of the checks on a draft.
 *
 * @param code the check, as in the taxonomy
 * @param severity whether it blocks publication
 * @param message what is wrong and how to fix it, in Italian, citing the law or the clause of the ente's policy
 */
public record CheckFinding(PublishingCheck code, Severity severity, String message) {
}
