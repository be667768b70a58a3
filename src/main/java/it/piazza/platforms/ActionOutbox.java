package it.piazza.platforms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action outbox: every action is stored, with its idempotency key, in the transaction of what caused it,
 * before anything is attempted; {@code OutboxDispatch} carries it out. An action is stored once per key.
 */
@Service
public class ActionOutbox {

    static final String COLUMNS = """
            id, ente_id, channel_id, decision_id, kind, target_id, post_id, author_id, text, until_at, target_created_at,
            purpose, state, attempts, next_attempt_at, last_error, reference, created_at, finished_at""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActionOutbox(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Queues an action (in the caller's transaction).
     *
     * @param decisionId the decision it carries out, if any
     * @param idempotencyKey unique per action: queuing the same key again does nothing
     * @param purpose why, for people (the decision, or the fallback chosen)
     * @return whether it was queued (false: the key was queued before)
     */
    @Transactional
    public boolean enqueue(String enteId, String channelId, @Nullable UUID decisionId, PlatformAction action,
            String idempotencyKey, String purpose) {
        return insert(enteId, channelId, decisionId, action, idempotencyKey, purpose, ActionState.PENDING, null);
    }

    /**
     * Records an action the platform's API cannot carry out, for a person to do by hand.
     *
     * @param why what makes it impossible, for people
     * @return whether it was recorded (false: the key was recorded before)
     */
    @Transactional
    public boolean handToPerson(String enteId, String channelId, @Nullable UUID decisionId, PlatformAction action,
            String idempotencyKey, String why) {
        return insert(enteId, channelId, decisionId, action, idempotencyKey, why, ActionState.MANUAL, why);
    }

    private boolean insert(String enteId, String channelId, @Nullable UUID decisionId, PlatformAction action,
            String idempotencyKey, String purpose, ActionState state, @Nullable String error) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                insert into platform_action (id, ente_id, channel_id, decision_id, kind, target_id, post_id, author_id,
                  text, until_at, target_created_at, idempotency_key, purpose, state, attempts, next_attempt_at,
                  last_error, created_at, finished_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(UUID.randomUUID(), enteId, channelId, decisionId, action.kind().name(), action.targetId(),
                        action.postId(), action.authorId(), action.text(), ts(action.until()),
                        ts(action.targetCreatedAt()), idempotencyKey, purpose, state.name(), now, error, now,
                        state == ActionState.PENDING ? null : now)
                .update() == 1;
    }

    /** @return the ente's actions in these states, newest first */
    @Transactional(readOnly = true)
    public List<OutboxEntry> entries(String enteId, Collection<ActionState> states, int limit) {
        return jdbc.sql("select " + COLUMNS + " from platform_action where ente_id = :ente and state in (:states)"
                        + " order by seq desc limit :limit")
                .param("ente", enteId).param("states", states.stream().map(Enum::name).toList()).param("limit", limit)
                .query(ActionOutbox::entry).list();
    }

    /** @return how many of the ente's actions are in each state (states with none are left out) */
    @Transactional(readOnly = true)
    public Map<ActionState, Long> counts(String enteId) {
        Map<ActionState, Long> counts = new EnumMap<>(ActionState.class);
        jdbc.sql("select state, count(*) from platform_action where ente_id = ? group by state").param(enteId)
                .query((rs, n) -> counts.put(ActionState.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** @return the actions that carry out a decision, oldest first */
    @Transactional(readOnly = true)
    public List<OutboxEntry> ofDecision(String enteId, UUID decisionId) {
        return jdbc.sql("select " + COLUMNS + " from platform_action where ente_id = ? and decision_id = ? order by seq")
                .params(enteId, decisionId).query(ActionOutbox::entry).list();
    }

    /** @return the outbox key of an inbox reply */
    static String replyKey(UUID replyId) {
        return "reply:" + replyId;
    }

    /** @return where the inbox reply stands on the platform, when its channel is connected */
    @Transactional(readOnly = true)
    public Optional<OutboxEntry> ofReply(String enteId, UUID replyId) {
        return jdbc.sql("select " + COLUMNS + " from platform_action where ente_id = ? and idempotency_key = ?")
                .params(enteId, replyKey(replyId)).query(ActionOutbox::entry).optional();
    }

    /**
     * Puts a dead letter back in the queue, after a person fixed its cause; the audit log records who.
     *
     * @param by the person's username
     * @return whether it was a dead letter of this ente
     */
    @Transactional
    public boolean retry(String enteId, UUID actionId, String by) {
        boolean retried = jdbc.sql("""
                update platform_action set state = 'PENDING', attempts = 0, next_attempt_at = ?, finished_at = null
                where id = ? and ente_id = ? and state = 'DEAD'""")
                .params(Timestamp.from(clock.instant()), actionId, enteId).update() == 1;
        if (retried) {
            OutboxEntry entry = jdbc.sql("select " + COLUMNS + " from platform_action where id = ?").params(actionId)
                    .query(ActionOutbox::entry).single();
            events.publishEvent(new DeadLetterRetried(entry.id(), enteId, entry.channelId(), entry.decisionId(),
                    entry.action().kind(), entry.action().targetId(), by));
        }
        return retried;
    }

    /**
     * Settles an action handed to a person: they carried it out on the platform themselves, or decided it is
     * no longer needed. Recorded with who and when, and in the audit log.
     *
     * @param doneByHand true when the person carried it out, false when they dismissed it
     * @param by the person's username
     * @return the settled action, or empty when it is not an action of this ente waiting for a person
     *         (already settled by someone else, or never handed to a person)
     */
    @Transactional
    public Optional<OutboxEntry> settle(String enteId, UUID actionId, boolean doneByHand, String by) {
        ActionState state = doneByHand ? ActionState.DONE_BY_HAND : ActionState.DISMISSED;
        int updated = jdbc.sql("""
                update platform_action set state = ?, settled_by = ?, finished_at = ?
                where id = ? and ente_id = ? and state = 'MANUAL'""")
                .params(state.name(), by, Timestamp.from(clock.instant()), actionId, enteId).update();
        if (updated == 0) {
            return Optional.empty();
        }
        OutboxEntry entry = jdbc.sql("select " + COLUMNS + " from platform_action where id = ?").params(actionId)
                .query(ActionOutbox::entry).single();
        events.publishEvent(new ManualActionSettled(entry.id(), enteId, entry.channelId(), entry.decisionId(),
                entry.action().kind(), entry.action().targetId(), doneByHand, by));
        return Optional.of(entry);
    }

    static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        PlatformAction action = new PlatformAction(ActionKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)));
        Instant next = rs.getTimestamp(15).toInstant();
        return new OutboxEntry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getObject(4, UUID.class), action, rs.getString(12), ActionState.valueOf(rs.getString(13)),
                rs.getInt(14), next, rs.getString(16), rs.getString(17), rs.getTimestamp(18).toInstant(),
                instant(rs.getTimestamp(19)));
    }

    static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
