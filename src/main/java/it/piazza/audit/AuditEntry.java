package it.piazza.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One entry of an ente's audit chain.
 *
 * @param enteId the ente whose chain it belongs to
 * @param seq its position in the chain, from 1, without gaps
 * @param at when it was appended (UTC, microsecond precision)
 * @param actor who acted: a person's user name, {@code piazza} for automated decisions, {@code citizen} for appeals
 * @param action what happened, e.g. {@code DECISION}, {@code HUMAN_DECISION}, {@code APPEAL_FILED}
 * @param subject what it happened to, e.g. a decision id
 * @param details a JSON object with the facts
 * @param previousHash the hash of the previous entry (64 zeros for the first)
 * @param hash SHA-256 over the previous hash and every field of this entry
 */
public record AuditEntry(String enteId, long seq, Instant at, String actor, String action, String subject,
        String details, String previousHash, String hash) {

    /** The columns {@link #of(ResultSet)} reads, in order. */
    public static final String COLUMNS = "ente_id, seq, at, actor, action, subject, details, previous_hash, hash";

    /** @return the entry at the current row of a query selecting {@link #COLUMNS} */
    public static AuditEntry of(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
