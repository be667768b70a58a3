package it.piazza.moderation;

import it.piazza.detection.Category;
import it.piazza.detection.PriorComment;
import it.piazza.policy.ContentAction;
import it.piazza.policy.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The moderation tables. Every query is scoped by ente. */
@Repository
class ModerationStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String INTERACTION_COLUMNS = """
            i.id, i.ente_id, i.channel_id, i.platform, i.kind, i.platform_id, i.post_platform_id, i.post_text,
            i.parent_platform_id, i.author_id, i.author_name, i.text, i.created_at, i.received_at, i.state""";
    private static final String DECISION_COLUMNS = """
            d.id, d.ente_id, d.interaction_id, d.policy_version, d.action, d.suggested_action, d.categories,
            d.measures, d.automated, d.decided_by, d.decided_at, d.note, d.reasons, d.supersedes""";

    /** An author's standing: strikes that count, warnings that count, bans in force. */
    private static final String STANDING = """
            select
              (select count(*) from strike where ente_id = :ente and author_id = :author and not revoked
                 and expires_at > :now) as strikes,
              (select count(*) from sanction where ente_id = :ente and author_id = :author and measure = 'WARN'
                 and not revoked and starts_at > :since) as warnings,
              (select count(*) from sanction where ente_id = :ente and author_id = :author and measure = 'BAN'
                 and not revoked and (ends_at is null or ends_at > :now)) as bans""";

    /** Columns of a queue row, then of {@link #INTERACTION_COLUMNS}, in {@link #queue}. */
    private static final int QUEUE_COLUMNS = 6;
    private static final int INTERACTION_COUNT = 15;

    private final JdbcClient jdbc;

    ModerationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when inserted, false when the same platform id was already stored */
    boolean insert(Interaction i) {
        return jdbc.sql("""
                insert into interaction (id, ente_id, channel_id, platform, kind, platform_id, post_platform_id, post_text,
                  parent_platform_id, author_id, author_name, text, created_at, received_at, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(i.id(), i.enteId(), i.channelId(), i.platform().name(), i.kind().name(), i.platformId(),
                        i.postPlatformId(), i.postText(), i.parentPlatformId(), i.authorId(), i.authorName(), i.text(),
                        ts(i.createdAt()), ts(i.receivedAt()), i.state().name())
                .update() == 1;
    }

    Optional<Interaction> find(String enteId, String channelId, String platformId) {
        return jdbc.sql("select " + INTERACTION_COLUMNS + " from interaction i where i.ente_id = ? and i.channel_id = ? and i.platform_id = ?")
                .params(enteId, channelId, platformId).query(ModerationStore::interaction).optional();
    }

    Optional<Interaction> interaction(String enteId, UUID id) {
        return jdbc.sql("select " + INTERACTION_COLUMNS + " from interaction i where i.ente_id = ? and i.id = ?")
                .params(enteId, id).query(ModerationStore::interaction).optional();
    }

    void updateState(UUID interactionId, InteractionState state) {
        jdbc.sql("update interaction set state = ? where id = ?").params(state.name(), interactionId).update();
    }

    /** What the ente knows of an author when a new comment of theirs arrives: recent comments and standing. */
    record AuthorHistory(List<PriorComment> recent, AuthorStanding standing) {
        /** An anonymous author's: nothing known. */
        static final AuthorHistory NONE = new AuthorHistory(List.of(), AuthorStanding.CLEAN);
    }

    /**
     * Reads, in one round trip, the author's comments since {@code since} (newest first, at most 50) and their
     * standing.
     */
    AuthorHistory history(String enteId, String authorId, Instant since, Instant now, Period strikeExpiry) {
        List<PriorComment> recent = new ArrayList<>();
        AuthorStanding[] standing = new AuthorStanding[1];
        jdbc.sql("""
                select s.strikes, s.warnings, s.bans, r.text, r.created_at
                from (%s) s
                left join (select text, created_at from interaction
                           where ente_id = :ente and author_id = :author and created_at >= :recent
                           order by created_at desc limit 50) r on true
                order by r.created_at desc""".formatted(STANDING))
                .param("ente", enteId).param("author", authorId).param("recent", ts(since))
                .param("now", ts(now)).param("since", ts(warningsSince(now, strikeExpiry)))
                .query(rs -> {
                    standing[0] = standing(rs);
                    if (rs.getTimestamp(5) != null) {
                        recent.add(new PriorComment(rs.getString(4), rs.getTimestamp(5).toInstant()));
                    }
                });
        return new AuthorHistory(List.copyOf(recent), standing[0]);
    }

    List<Interaction> byAuthor(String enteId, String authorId, int limit) {
        return jdbc.sql("select " + INTERACTION_COLUMNS + " from interaction i where i.ente_id = ? and i.author_id = ? order by i.created_at desc limit ?")
                .params(enteId, authorId, limit).query(ModerationStore::interaction).list();
    }

    AuthorStanding standing(String enteId, String authorId, Instant now, Period strikeExpiry) {
        return jdbc.sql(STANDING)
                .param("ente", enteId).param("author", authorId).param("now", ts(now))
                .param("since", ts(warningsSince(now, strikeExpiry)))
                .query((rs, n) -> standing(rs)).single();
    }

    private static Instant warningsSince(Instant now, Period strikeExpiry) {
        return now.atZone(Moderation.ITALY).minus(strikeExpiry).toInstant();
    }

    private static AuthorStanding standing(ResultSet rs) throws SQLException {
        return new AuthorStanding(rs.getInt(1), rs.getInt(2) > 0, rs.getInt(3) > 0);
    }

    void insert(Decision d) {
        jdbc.sql("""
                insert into decision (id, ente_id, interaction_id, policy_version, action, suggested_action, categories,
                  measures, automated, decided_by, decided_at, note, reasons, supersedes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.enteId(), d.interactionId(), d.policyVersion(), d.action().name(),
                        d.suggested() == null ? null : d.suggested().name(),
                        d.categories().stream().map(Enum::name).collect(Collectors.joining(",")),
                        d.measures().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                        d.automated(), d.decidedBy(), ts(d.decidedAt()), d.note(), JSON.writeValueAsString(d.reasons()),
                        d.supersedes())
                .update();
    }

    Optional<Decision> latestDecision(UUID interactionId) {
        return jdbc.sql("select " + DECISION_COLUMNS + " from decision d where d.interaction_id = ? order by d.decided_at desc, d.id limit 1")
                .param(interactionId).query(ModerationStore::decision).optional();
    }

    Optional<Decision> decision(String enteId, UUID id) {
        return jdbc.sql("select " + DECISION_COLUMNS + " from decision d where d.ente_id = ? and d.id = ?")
                .params(enteId, id).query(ModerationStore::decision).optional();
    }

    Optional<Decision> decisionAnyEnte(UUID id) {
        return jdbc.sql("select " + DECISION_COLUMNS + " from decision d where d.id = ?")
                .params(id).query(ModerationStore::decision).optional();
    }

    List<Decision> decisions(UUID interactionId) {
        return jdbc.sql("select " + DECISION_COLUMNS + " from decision d where d.interaction_id = ? order by d.decided_at")
                .param(interactionId).query(ModerationStore::decision).list();
    }

    void enqueue(String enteId, UUID interactionId, int severity, Instant now) {
        jdbc.sql("insert into review_item (interaction_id, ente_id, severity, state, created_at) values (?, ?, ?, 'OPEN', ?)")
                .params(interactionId, enteId, severity, ts(now)).update();
    }

    record QueueRow(UUID interactionId, int severity, String state, @Nullable String claimedBy,
            @Nullable Instant claimedAt, Instant createdAt) {
    }

    /**
     * @return the queued comments with their latest suggestion, gravest first, then longest waiting: one query,
     *         however long the queue
     */
    List<ReviewItem> queue(String enteId, int limit) {
        return jdbc.sql("select r.interaction_id, r.severity, r.state, r.claimed_by, r.claimed_at, r.created_at, "
                        + INTERACTION_COLUMNS + ", " + DECISION_COLUMNS + """
                 from review_item r
                join interaction i on i.id = r.interaction_id
                join decision d on d.interaction_id = r.interaction_id and d.action = 'REVIEW'
                  and not exists (select 1 from decision later where later.interaction_id = d.interaction_id
                                  and later.action = 'REVIEW' and (later.decided_at > d.decided_at
                                    or (later.decided_at = d.decided_at and later.id > d.id)))
                where r.ente_id = ? and r.state in ('OPEN', 'CLAIMED') order by r.severity desc, r.created_at limit ?""")
                .params(enteId, limit)
                .query((rs, n) -> {
                    QueueRow row = queueRow(rs, n);
                    return new ReviewItem(interactionFrom(rs, QUEUE_COLUMNS + 1),
                            decisionFrom(rs, QUEUE_COLUMNS + INTERACTION_COUNT + 1),
                            row.severity(), row.claimedBy(), row.claimedAt(), row.createdAt());
                }).list();
    }

    Optional<QueueRow> queueRowForUpdate(String enteId, UUID interactionId) {
        return jdbc.sql("""
                select interaction_id, severity, state, claimed_by, claimed_at, created_at from review_item
                where ente_id = ? and interaction_id = ? for update""")
                .params(enteId, interactionId).query(ModerationStore::queueRow).optional();
    }

    void claim(UUID interactionId, @Nullable String user, Instant now) {
        jdbc.sql("update review_item set state = ?, claimed_by = ?, claimed_at = ? where interaction_id = ?")
                .params(user == null ? "OPEN" : "CLAIMED", user, user == null ? null : ts(now), interactionId).update();
    }

    void closeReview(UUID interactionId) {
        jdbc.sql("update review_item set state = 'DECIDED' where interaction_id = ?").param(interactionId).update();
    }

    void strike(String enteId, String authorId, UUID decisionId, Category category, Instant now, Instant expires) {
        jdbc.sql("insert into strike (id, ente_id, author_id, decision_id, category, at, expires_at, revoked) values (?, ?, ?, ?, ?, ?, ?, false)")
                .params(UUID.randomUUID(), enteId, authorId, decisionId, category.name(), ts(now), ts(expires)).update();
    }

    void sanction(String enteId, String authorId, AuthorMeasure measure, UUID decisionId, Instant starts,
            @Nullable Instant ends) {
        jdbc.sql("insert into sanction (id, ente_id, author_id, measure, decision_id, starts_at, ends_at, revoked) values (?, ?, ?, ?, ?, ?, ?, false)")
                .params(UUID.randomUUID(), enteId, authorId, measure.name(), decisionId, ts(starts), ends == null ? null : ts(ends))
                .update();
    }

    List<Sanction> sanctions(String enteId, String authorId) {
        return jdbc.sql("""
                select id, ente_id, author_id, measure, decision_id, starts_at, ends_at, confirmed_by, revoked
                from sanction where ente_id = ? and author_id = ? order by starts_at desc""")
                .params(enteId, authorId).query(ModerationStore::sanction).list();
    }

    List<Sanction> bansEnded(Instant since, Instant until) {
        return jdbc.sql("""
                select id, ente_id, author_id, measure, decision_id, starts_at, ends_at, confirmed_by, revoked
                from sanction where measure = 'BAN' and not revoked and ends_at > ? and ends_at <= ?""")
                .params(ts(since), ts(until)).query(ModerationStore::sanction).list();
    }

    Optional<Sanction> sanctionForUpdate(String enteId, UUID id) {
        return jdbc.sql("""
                select id, ente_id, author_id, measure, decision_id, starts_at, ends_at, confirmed_by, revoked
                from sanction where ente_id = ? and id = ? for update""")
                .params(enteId, id).query(ModerationStore::sanction).optional();
    }

    void makePermanent(UUID sanctionId, String confirmedBy) {
        jdbc.sql("update sanction set ends_at = null, confirmed_by = ? where id = ?").params(confirmedBy, sanctionId).update();
    }

    /** The evidence package of a decision: content, context, digest, retention. */
    record EvidencePackage(UUID decisionId, @Nullable String content, @Nullable String context, String sha256,
            Instant retainUntil, @Nullable Instant purgedAt) {
    }

    Optional<EvidencePackage> evidence(String enteId, UUID decisionId) {
        return jdbc.sql("select decision_id, content, context, sha256, retain_until, purged_at from evidence where ente_id = ? and decision_id = ?")
                .params(enteId, decisionId)
                .query((rs, n) -> new EvidencePackage(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional();
    }

    void revokeMeasuresOf(UUID decisionId) {
        jdbc.sql("update strike set revoked = true where decision_id = ?").param(decisionId).update();
        jdbc.sql("update sanction set revoked = true where decision_id = ?").param(decisionId).update();
    }

    void evidence(String enteId, UUID decisionId, String content, String context, String sha256, Instant retainUntil) {
        jdbc.sql("insert into evidence (decision_id, ente_id, content, context, sha256, retain_until) values (?, ?, ?, ?, ?, ?)")
                .params(decisionId, enteId, content, context, sha256, ts(retainUntil)).update();
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static Interaction interaction(ResultSet rs, int row) throws SQLException {
        return interactionFrom(rs, 1);
    }

    /** @return the interaction whose {@link #INTERACTION_COLUMNS} start at column {@code c} */
    private static Interaction interactionFrom(ResultSet rs, int c) throws SQLException {
        return new Interaction(rs.getObject(c, UUID.class), rs.getString(c + 1), rs.getString(c + 2),
                Platform.valueOf(rs.getString(c + 3)), InteractionKind.valueOf(rs.getString(c + 4)), rs.getString(c + 5),
                rs.getString(c + 6), rs.getString(c + 7), rs.getString(c + 8), rs.getString(c + 9), rs.getString(c + 10),
                rs.getString(c + 11), rs.getTimestamp(c + 12).toInstant(), rs.getTimestamp(c + 13).toInstant(),
                InteractionState.valueOf(rs.getString(c + 14)));
    }

    static Decision decision(ResultSet rs, int row) throws SQLException {
        return decisionFrom(rs, 1);
    }

    /** @return the decision whose {@link #DECISION_COLUMNS} start at column {@code c} */
    private static Decision decisionFrom(ResultSet rs, int c) throws SQLException {
        String suggested = rs.getString(c + 5);
        return new Decision(rs.getObject(c, UUID.class), rs.getString(c + 1), rs.getObject(c + 2, UUID.class),
                rs.getInt(c + 3), ContentAction.valueOf(rs.getString(c + 4)),
                suggested == null ? null : ContentAction.valueOf(suggested),
                split(rs.getString(c + 6)).stream().map(Category::valueOf).toList(),
                measures(rs.getString(c + 7)), rs.getBoolean(c + 8), rs.getString(c + 9),
                rs.getTimestamp(c + 10).toInstant(), rs.getString(c + 11),
                JSON.readValue(rs.getString(c + 12), StatementOfReasons.class), rs.getObject(c + 13, UUID.class));
    }

    private static Sanction sanction(ResultSet rs, int row) throws SQLException {
        Timestamp ends = rs.getTimestamp(7);
        return new Sanction(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                AuthorMeasure.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getTimestamp(6).toInstant(),
                ends == null ? null : ends.toInstant(), rs.getString(8), rs.getBoolean(9));
    }

    private static QueueRow queueRow(ResultSet rs, int row) throws SQLException {
        Timestamp claimedAt = rs.getTimestamp(5);
        return new QueueRow(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4),
                claimedAt == null ? null : claimedAt.toInstant(), rs.getTimestamp(6).toInstant());
    }

    private static List<String> split(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }

    private static Set<AuthorMeasure> measures(String value) {
        Set<AuthorMeasure> measures = EnumSet.noneOf(AuthorMeasure.class);
        split(value).forEach(m -> measures.add(AuthorMeasure.valueOf(m)));
        return measures;
    }
}
