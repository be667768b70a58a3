package it.piazza.moderation;

import java.util.UUID;

/**
 * Published when a person claims or releases a queued comment.
 *
 * @param enteId the ente
 * @param interactionId the comment
 * @param user the person
 * @param claimed true for a claim, false for a release
 */
public record ReviewClaimChanged(String enteId, UUID interactionId, String user, boolean claimed) {
}
