package it.piazza.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policies of every ente with their version history, in the database. Which version was in force when a
 * decision was taken stays answerable ({@link #inForceAt}). Parsed versions are cached by number, so reads
 * are cheap and several nodes sharing one database always agree on the current version.
 */
@Service
public class PolicyVersions {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, PolicyInForce> parsed = new ConcurrentHashMap<>();

    PolicyVersions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** An ente and the name its current policy gives it. */
    public record EnteSummary(String id, String name) {
    }

    /** @return every ente with a policy, by name */
    public List<EnteSummary> entes() {
        return jdbc.sql("select id, name from ente order by name")
                .query((rs, n) -> new EnteSummary(rs.getString("id"), rs.getString("name"))).list();
    }

    /** @return the policy in force now for {@code enteId}, or empty for an unknown ente */
    public Optional<PolicyInForce> current(String enteId) {
        return jdbc.sql("select max(version_no) from policy_version where ente_id = ?").param(enteId)
                .query(Integer.class).optional().map(version -> load(enteId, version));
    }

    /** @return the policy that was in force at {@code instant}, or empty when none was yet */
    public Optional<PolicyInForce> inForceAt(String enteId, Instant instant) {
        return jdbc.sql("select max(version_no) from policy_version where ente_id = ? and imported_at <= ?")
                .param(enteId).param(Timestamp.from(instant))
                .query(Integer.class).optional().map(version -> load(enteId, version));
    }

    /** @return the versions of the ente's policy, newest first */
    public List<PolicyVersion> history(String enteId) {
        return jdbc.sql("""
                select ente_id, version_no, revision, sha256, imported_at, imported_by
                from policy_version where ente_id = ? order by version_no desc""")
                .param(enteId)
                .query((rs, n) -> new PolicyVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    /**
     * Validates {@code yaml} and, when its text differs from the version in force, stores it as the next
     * version and publishes {@link PolicyImported}.
     *
     * @param source the file name shown in problems
     * @param yaml the policy text
     * @param importedBy who imports it
     * @return the version now in force (the existing one when the text is unchanged)
     * @throws InvalidPolicyException when the text is not a valid policy; nothing is stored
     */
    @Transactional
    public PolicyInForce importPolicy(String source, String yaml, String importedBy) {
        Policy policy = PolicyReader.read(source, yaml);
        String digest = sha256(yaml);
        Optional<PolicyVersion> latest = history(policy.id()).stream().findFirst();
        if (latest.isPresent() && latest.get().sha256().equals(digest)) {
            return load(policy.id(), latest.get().version());
        }
        // microseconds: what both databases store, so that the cached version and the stored one agree
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (latest.isEmpty()) {
            jdbc.sql("insert into ente (id, name, created_at) values (?, ?, ?)")
                    .param(policy.id()).param(policy.ente().name()).param(Timestamp.from(now)).update();
        } else {
            jdbc.sql("update ente set name = ? where id = ?").param(policy.ente().name()).param(policy.id()).update();
        }
        int version = latest.map(v -> v.version() + 1).orElse(1);
        jdbc.sql("""
                insert into policy_version (ente_id, version_no, revision, content, sha256, imported_at, imported_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .param(policy.id()).param(version).param(policy.revision()).param(yaml).param(digest)
                .param(Timestamp.from(now)).param(importedBy).update();
        PolicyInForce inForce = new PolicyInForce(policy, version, now);
        parsed.put(key(policy.id(), version), inForce);
        events.publishEvent(new PolicyImported(policy.id(), version, digest, importedBy));
        return inForce;
    }

    private PolicyInForce load(String enteId, int version) {
        return parsed.computeIfAbsent(key(enteId, version), key -> jdbc.sql(
                        "select content, imported_at from policy_version where ente_id = ? and version_no = ?")
                .param(enteId).param(version)
                .query((rs, n) -> new PolicyInForce(PolicyReader.read(enteId + " v" + version, rs.getString(1)),
                        version, rs.getTimestamp(2).toInstant()))
                .single());
    }

    private static String key(String enteId, int version) {
        return enteId + "#" + version;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
