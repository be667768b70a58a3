package it.piazza.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a hash chain: how an entry's hash is computed and how a chain is verified. Pure functions, so
 * the command line can verify a database without starting Piazza.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * The result of verifying a chain.
     *
     * @param enteId the ente
     * @param entries how many entries were checked
     * @param intact whether the chain is whole and unchanged
     * @param brokenAt the first entry that fails, or null when intact
     * @param fault what is wrong there, or null when intact
     * @param problem the same in a sentence (English, for the command line and logs), or null when intact
     */
    public record Verification(String enteId, long entries, boolean intact, @Nullable Long brokenAt,
            @Nullable Fault fault, @Nullable String problem) {
    }

    /** What breaks a chain at an entry. */
    public enum Fault {
        /** the entry is not there */
        MISSING,
        /** the entry does not link to the one before it */
        UNLINKED,
        /** the entry's content no longer matches its hash */
        CHANGED,
        /** entries after it were removed from the end of the chain */
        TAIL_REMOVED
    }

    /** @return the hash of an entry with these fields after {@code previousHash} */
    public static String hash(String previousHash, String enteId, long seq, java.time.Instant at, String actor,
            String action, String subject, String details) {
        String canonical = String.join("\u001f", previousHash, enteId, Long.toString(seq), at.toString(), actor,
                action, subject, details);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * Verifies one ente's chain.
     *
     * @param enteId the ente
     * @param entries its entries, in any order
     * @param headSeq the sequence number the chain's head says was last appended (detects removed tail entries)
     * @param headHash the hash the head says was last appended
     * @return the verification
     */
    public static Verification verify(String enteId, List<AuditEntry> entries, long headSeq, @Nullable String headHash) {
        List<AuditEntry> sorted = entries.stream().sorted(java.util.Comparator.comparingLong(AuditEntry::seq)).toList();
        String previous = GENESIS;
        long expected = 1;
        for (AuditEntry entry : sorted) {
            if (entry.seq() != expected) {
                return broken(enteId, sorted.size(), expected, Fault.MISSING, "entry " + expected + " is missing");
            }
            if (!entry.previousHash().equals(previous)) {
                return broken(enteId, sorted.size(), entry.seq(), Fault.UNLINKED, "it does not follow the entry before it");
            }
            String recomputed = hash(entry.previousHash(), entry.enteId(), entry.seq(), entry.at(), entry.actor(),
                    entry.action(), entry.subject(), entry.details());
            if (!recomputed.equals(entry.hash())) {
                return broken(enteId, sorted.size(), entry.seq(), Fault.CHANGED,
                        "its content was changed after it was written");
            }
            previous = entry.hash();
            expected++;
        }
        if (headSeq != expected - 1 || (headHash != null && headSeq > 0 && !headHash.equals(previous))) {
            return broken(enteId, sorted.size(), expected, Fault.TAIL_REMOVED, "the last " + (headSeq - expected + 1)
                    + " entries were removed (the chain head is at " + headSeq + ")");
        }
        return new Verification(enteId, sorted.size(), true, null, null, null);
    }

    private static Verification broken(String enteId, long entries, long seq, Fault fault, String problem) {
        return new Verification(enteId, entries, false, seq, fault, problem);
    }
}
