package it.piazza.moderation;

import java.util.UUID;

/**
 * Published when a second person makes a ban permanent.
 *
 * @param enteId the ente
 * @param sanctionId the ban
 * @param authorId the author
 * @param confirmedBy the second person
 */
public record PermanentBanConfirmed(String enteId, UUID sanctionId, String authorId, String confirmedBy) {
}
