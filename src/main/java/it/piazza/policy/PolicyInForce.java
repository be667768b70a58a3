package it.piazza.policy;

import java.time.Instant;

/**
 * A version of an ente's policy as kept in the database.
 *
 * @param policy the validated policy
 * @param version the version number, from 1, growing with every import that changes the text
 * @param since when it came into force
 */
public record PolicyInForce(Policy policy, int version, Instant since) {
}
