package it.piazza.policy;

/**
 * Published when a new version of an ente's policy comes into force.
 *
 * @param enteId the ente
 * @param version the new version number
 * @param sha256 the digest of its text
 * @param importedBy who imported it
 */
public record PolicyImported(String enteId, int version, String sha256, String importedBy) {
}
