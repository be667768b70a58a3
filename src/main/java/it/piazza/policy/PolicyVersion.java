package it.piazza.policy;

import java.time.Instant;

/**
 * One entry of an ente's policy history.
 *
 * @param enteId the ente
 * @param version the version number
 * @param revision the ente's own label of the text
 * @param sha256 the digest of the imported text
 * @param importedAt when it came into force
 * @param importedBy who imported it
 */
public record PolicyVersion(String enteId, int version, String revision, String sha256, Instant importedAt,
        String importedBy) {
}
