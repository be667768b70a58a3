package it.piazza.moderation;

import java.util.UUID;

/**
 * Published when a citizen contests a decision.
 *
 * @param appealId the appeal
 * @param enteId the ente
 * @param decisionId the contested decision
 */
public record AppealFiled(UUID appealId, String enteId, UUID decisionId) {
}
