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
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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
 * it commits, all at once. An ente's head row is the chain's lock: it is moved from the head this node last
 * wrote with one conditional update, which holds only if no one else appended since (on any node); otherwise
 * the head is read under lock and the links computed again. Either way the head stays locked until commit, so
 * concurrent appends form one chain, and is held only for the last two or three statements and the commit.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcOperations batches;
    private final Clock clock;
    /** The head of each ente's chain as this node last committed it: usually still the head. */
    private final Map<String, Head> committed = new ConcurrentHashMap<>();

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
        private final Map<String, Head> moved = new TreeMap<>();
        private boolean chained;

        Pending(AuditLog log) {
            this.log = log;
        }

        void add(Unchained entry) {
            if (chained) {
                // appended by another synchronization's commit work, after this one's: still before the commit
                moved.putAll(log.chain(List.of(entry), moved));
            } else {
                entries.add(entry);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            chained = true;
            moved.putAll(log.chain(entries, Map.of()));
        }

        @Override
        public void afterCommit() {
            log.committed.putAll(moved);
        }
    }

    /**
     * Links entries into their entes' chains, entes in alphabetical order: moves the heads this node knows
     * with one conditional update, reads the others under lock and moves them, then writes the entries; two
     * round trips when no one else appended since, four otherwise, however many entries and entes there are.
     *
     * @param moved heads this transaction has already moved
     * @return the heads after the entries
     */
    private Map<String, Head> chain(List<Unchained> entries, Map<String, Head> moved) {
        Map<String, List<Unchained>> byEnte = new TreeMap<>();
        entries.forEach(e -> byEnte.computeIfAbsent(e.enteId(), k -> new ArrayList<>()).add(e));
        Map<String, Head> known = new TreeMap<>();
        byEnte.keySet().forEach(ente -> {
            Head head = moved.containsKey(ente) ? moved.get(ente) : committed.get(ente);
            if (head != null) {
                known.put(ente, head);
            }
        });
        List<Object[]> rows = new ArrayList<>();
        Map<String, Head> after = new TreeMap<>();
        if (!known.isEmpty()) {
            Map<String, Link> links = new TreeMap<>();
            known.forEach((ente, head) -> links.put(ente, link(ente, head, byEnte.get(ente))));
            int[] counts = batches.batchUpdate("update audit_head set seq = ?, hash = ? where ente_id = ? and seq = ? and hash = ?",
                    links.entrySet().stream().map(l -> new Object[] {l.getValue().head().seq(), l.getValue().head().hash(),
                            l.getKey(), known.get(l.getKey()).seq(), known.get(l.getKey()).hash()}).toList());
            int i = 0;
            for (Map.Entry<String, Link> link : links.entrySet()) {
                if (counts[i] != 0 && counts[i] != 1) {
                    throw new IllegalStateException("the database did not say whether the audit head of " + link.getKey() + " moved");
                }
                if (counts[i++] == 1) {
                    rows.addAll(link.getValue().rows());
                    after.put(link.getKey(), link.getValue().head());
                }
            }
        }
        Set<String> unmoved = new TreeSet<>(byEnte.keySet());
        unmoved.removeAll(after.keySet());
        if (!unmoved.isEmpty()) {
            Map<String, Head> heads = lockHeads(unmoved);
            if (heads.size() < unmoved.size()) {
                // the first append of an ente creates its head
                batches.batchUpdate("insert into audit_head (ente_id, seq, hash) values (?, 0, ?) on conflict do nothing",
                        unmoved.stream().filter(ente -> !heads.containsKey(ente))
                                .map(ente -> new Object[] {ente, AuditChain.GENESIS}).toList());
                heads.putAll(lockHeads(unmoved));
            }
            heads.forEach((ente, head) -> {
                Link link = link(ente, head, byEnte.get(ente));
                rows.addAll(link.rows());
                after.put(ente, link.head());
            });
            batches.batchUpdate("update audit_head set seq = ?, hash = ? where ente_id = ?", unmoved.stream()
                    .map(ente -> new Object[] {after.get(ente).seq(), after.get(ente).hash(), ente}).toList());
        }
        batches.batchUpdate("""
                insert into audit_entry (ente_id, seq, at, actor, action, subject, details, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return after;
    }

    /** Entries linked after a head: their rows, and the head they make. */
    private record Link(List<Object[]> rows, Head head) {
    }

    private Link link(String ente, Head from, List<Unchained> entries) {
        List<Object[]> rows = new ArrayList<>();
        Head head = from;
        for (Unchained e : entries) {
            long seq = head.seq() + 1;
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String hash = AuditChain.hash(head.hash(), ente, seq, at, e.actor(), e.action(), e.subject(), e.details());
            rows.add(new Object[] {ente, seq, Timestamp.from(at), e.actor(), e.action(), e.subject(), e.details(),
                    head.hash(), hash});
            head = new Head(seq, hash);
        }
        return new Link(rows, head);
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
