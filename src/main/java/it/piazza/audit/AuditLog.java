package it.piazza.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to and reads the audit log. Appends join the caller's transaction, so a decision and its entry are
 * stored together or not at all. The entries of a transaction are linked into their entes' chains just before
 * it commits, all at once: the chain heads are locked only for those last statements and the commit, so
 * concurrent appends (on any node) form one chain while holding each head as briefly as possible.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcOperations batches;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcOperations batches, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
    }

    /**
     * Appends one entry to the ente's chain when the caller's transaction commits; nothing is written if it
     * rolls back.
     *
     * @param enteId the ente
     * @param actor who acted
     * @param action what happened (upper snake case)
     * @param subject what it happened to
     * @param details the facts, serialised as JSON
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String enteId, String actor, String action, String subject, Map<String, ?> details) {
        Unchained entry = new Unchained(enteId, actor, action, subject, JSON.writeValueAsString(new TreeMap<>(details)));
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.log == this) {
                pending.add(entry);
                return;
            }
        }
        Pending pending = new Pending(this);
        pending.add(entry);
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    /** An entry waiting for its place in the chain. */
    private record Unchained(String enteId, String actor, String action, String subject, String details) {
    }

    /** The last entry of an ente's chain, as its head row says. */
    private record Head(long seq, String hash) {
    }

    /** The entries a transaction appended, linked into the chains just before it commits. */
    private static final class Pending implements TransactionSynchronization {

        private final AuditLog log;
        private final List<Unchained> entries = new ArrayList<>();
        private boolean chained;

        Pending(AuditLog log) {
            this.log = log;
        }

        void add(Unchained entry) {
            if (chained) {
                // appended by another synchronization's commit work, after this one's: still before the commit
                log.chain(List.of(entry));
            } else {
                entries.add(entry);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            chained = true;
            log.chain(entries);
        }
    }

    /**
     * Links entries into their entes' chains: locks the heads (in ente order, so that two transactions never
     * wait for each other), then writes the entries and moves the heads, in three round trips however many
     * entries and entes there are.
     */
    private void chain(List<Unchained> entries) {
        Map<String, List<Unchained>> byEnte = new TreeMap<>();
        entries.forEach(e -> byEnte.computeIfAbsent(e.enteId(), k -> new ArrayList<>()).add(e));
        Map<String, Head> heads = lockHeads(byEnte.keySet());
        if (heads.size() < byEnte.size()) {
            // the first append of an ente creates its head
            batches.batchUpdate("insert into audit_head (ente_id, seq, hash) values (?, 0, ?) on conflict do nothing",
                    byEnte.keySet().stream().filter(ente -> !heads.containsKey(ente))
                            .map(ente -> new Object[] {ente, AuditChain.GENESIS}).toList());
            heads.putAll(lockHeads(byEnte.keySet()));
        }
        List<Object[]> rows = new ArrayList<>();
        byEnte.forEach((ente, pending) -> {
            Head head = heads.get(ente);
            for (Unchained e : pending) {
                long seq = head.seq() + 1;
                Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
                String hash = AuditChain.hash(head.hash(), ente, seq, at, e.actor(), e.action(), e.subject(), e.details());
                rows.add(new Object[] {ente, seq, Timestamp.from(at), e.actor(), e.action(), e.subject(), e.details(),
                        head.hash(), hash});
                head = new Head(seq, hash);
            }
            heads.put(ente, head);
        });
        batches.batchUpdate("""
                insert into audit_entry (ente_id, seq, at, actor, action, subject, details, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        batches.batchUpdate("update audit_head set seq = ?, hash = ? where ente_id = ?", byEnte.keySet().stream()
                .map(ente -> new Object[] {heads.get(ente).seq(), heads.get(ente).hash(), ente}).toList());
    }

    /** @return the heads of those entes that have one, locked until the transaction ends */
    private Map<String, Head> lockHeads(Set<String> entes) {
        Map<String, Head> heads = new TreeMap<>();
        jdbc.sql("select ente_id, seq, hash from audit_head where ente_id in (:entes) order by ente_id for update")
                .param("entes", List.copyOf(entes))
                .query(rs -> {
                    heads.put(rs.getString(1), new Head(rs.getLong(2), rs.getString(3)));
                });
        return heads;
    }

    /** @return the ente's entries, newest first, optionally only of one action, at most {@code limit} */
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(String enteId, String actionOrNull, int limit) {
        return jdbc.sql("""
                select %s from audit_entry
                where ente_id = :ente and (cast(:action as varchar(64)) is null or action = :action)
                order by seq desc limit :limit""".formatted(AuditEntry.COLUMNS))
                .param("ente", enteId).param("action", actionOrNull).param("limit", limit)
                .query(AuditLog::entry).list();
    }

    /** @return the verification of the ente's whole chain */
    @Transactional(readOnly = true)
    public AuditChain.Verification verify(String enteId) {
        List<AuditEntry> entries = jdbc.sql("""
                select %s from audit_entry where ente_id = ? order by seq""".formatted(AuditEntry.COLUMNS))
                .param(enteId).query(AuditLog::entry).list();
        var head = jdbc.sql("select seq, hash from audit_head where ente_id = ?").param(enteId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional()
                .orElse(new Object[] {0L, null});
        return AuditChain.verify(enteId, entries, (Long) head[0], (String) head[1]);
    }

    private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return AuditEntry.of(rs);
    }
}
