package it.piazza.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTests {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            Instant at = Instant.parse("2026-03-02T10:15:00Z").plusSeconds(seq);
            String details = "{\"n\":" + seq + "}";
            String hash = AuditChain.hash(previous, "mit", seq, at, "piazza", "DECISION", "d" + seq, details);
            entries.add(new AuditEntry("mit", seq, at, "piazza", "DECISION", "d" + seq, details, previous, hash));
            previous = hash;
        }
        return entries;
    }

    @Test
    void verifiesAnIntactChain() {
        List<AuditEntry> entries = chain(5);

        assertThat(AuditChain.verify("mit", entries, 5, entries.getLast().hash()).intact()).isTrue();
    }

    @Test
    void detectsAChangedEntry() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry("mit", 3, third.at(), "piazza", "DECISION", third.subject(),
                "{\"n\":33}", third.previousHash(), third.hash()));

        AuditChain.Verification verification = AuditChain.verify("mit", entries, 5, entries.getLast().hash());

        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAt()).isEqualTo(3L);
        assertThat(verification.fault()).isEqualTo(AuditChain.Fault.CHANGED);
        assertThat(verification.problem()).contains("changed");
    }

    @Test
    void detectsARemovedEntry() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);

        AuditChain.Verification verification = AuditChain.verify("mit", entries, 5, entries.getLast().hash());

        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAt()).isEqualTo(2L);
        assertThat(verification.fault()).isEqualTo(AuditChain.Fault.MISSING);
    }

    @Test
    void detectsRemovedNewestEntries() {
        List<AuditEntry> entries = chain(5);
        String headHash = entries.getLast().hash();

        AuditChain.Verification verification = AuditChain.verify("mit", entries.subList(0, 3), 5, headHash);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.fault()).isEqualTo(AuditChain.Fault.TAIL_REMOVED);
        assertThat(verification.problem()).contains("removed");
    }

    @Test
    void detectsAnEntryRewrittenWithARecomputedHash() {
        List<AuditEntry> entries = chain(5);
        AuditEntry second = entries.get(1);
        String forged = AuditChain.hash(second.previousHash(), "mit", 2, second.at(), "piazza", "DECISION", "d2", "{}");
        entries.set(1, new AuditEntry("mit", 2, second.at(), "piazza", "DECISION", "d2", "{}", second.previousHash(), forged));

        AuditChain.Verification verification = AuditChain.verify("mit", entries, 5, entries.getLast().hash());

        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAt()).isEqualTo(3L);
        assertThat(verification.fault()).isEqualTo(AuditChain.Fault.UNLINKED);
    }
}
