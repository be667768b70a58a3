package it.piazza.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to and reads the audit log. Appends join the caller's transaction, so a decision and its entry are
 * stored together or not at all; the chain head of the ente is locked for the append, so concurrent appends
 * (on any node) form one chain.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends one entry to the ente's chain.
     *
     * @param enteId the ente
     * @param actor who acted
     * @param action what happened (upper snake case)
     * @param subject what it happened to
     * @param details the facts, serialised as JSON
     * @return the entry written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(String enteId, String actor, String action, String subject, Map<String, ?> details) {
        // the first append of an ente creates its head; the head row is then locked until commit, so that
        // concurrent appends (on any node) form one chain
        jdbc.sql("insert into audit_head (ente_id, seq, hash) values (?, 0, ?) on conflict do nothing")
                .params(enteId, AuditChain.GENESIS).update();
        var head = jdbc.sql("select seq, hash from audit_head where ente_id = ? for update").param(enteId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long seq = (Long) head[0] + 1;
        String previous = (String) head[1];
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String json = JSON.writeValueAsString(new java.util.TreeMap<>(details));
        String hash = AuditChain.hash(previous, enteId, seq, at, actor, action, subject, json);
        jdbc.sql("""
                insert into audit_entry (ente_id, seq, at, actor, action, subject, details, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(enteId, seq, Timestamp.from(at), actor, action, subject, json, previous, hash).update();
        jdbc.sql("update audit_head set seq = ?, hash = ? where ente_id = ?").params(seq, hash, enteId).update();
        return new AuditEntry(enteId, seq, at, actor, action, subject, json, previous, hash);
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
