package it.piazza.moderation;

import it.piazza.policy.ContentAction;
import it.piazza.policy.Labels;
import it.piazza.policy.PolicyVersions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals: a citizen contests a decision from the link in the notice; a person other than the one who
 * decided upholds or reverses it; a reversal is a new decision that restores the content (where the platform
 * allows it), revokes the strikes and sanctions that followed from the contested one, and counts in reports.
 */
@Service
public class Appeals {

    private static final int MAX_STATEMENT = 5_000;

    private final JdbcClient jdbc;
    private final ModerationStore store;
    private final Moderation moderation;
    private final PolicyVersions policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Appeals(JdbcClient jdbc, ModerationStore store, Moderation moderation, PolicyVersions policies,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.moderation = moderation;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Files an appeal.
     *
     * @param decisionId the contested decision (from the notice's link)
     * @param statement why the citizen thinks it wrong
     * @param contact how to answer, optional
     */
    @Transactional
    public AppealOutcome file(UUID decisionId, String statement, @Nullable String contact) {
        Labels labels = Labels.italian();
        Optional<Decision> decision = store.decisionAnyEnte(decisionId);
        if (decision.isEmpty()) {
            return new AppealOutcome.Refused(labels.get("appeal.refused.unknown"));
        }
        if (decision.get().action() != ContentAction.HIDE && decision.get().action() != ContentAction.REMOVE) {
            return new AppealOutcome.Refused(labels.get("appeal.refused.nothingToContest"));
        }
        if (statement.isBlank() || statement.length() > MAX_STATEMENT) {
            return new AppealOutcome.Refused(labels.get("appeal.refused.statement", MAX_STATEMENT));
        }
        boolean open = jdbc.sql("select count(*) from appeal where decision_id = ? and state = 'OPEN'")
                .param(decisionId).query(Integer.class).single() > 0;
        if (open) {
            return new AppealOutcome.Refused(labels.get("appeal.refused.alreadyOpen"));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Appeal appeal = new Appeal(UUID.randomUUID(), decision.get().enteId(), decisionId, now, statement.strip(),
                contact == null || contact.isBlank() ? null : contact.strip(), Appeal.AppealState.OPEN, null, null, null);
        jdbc.sql("insert into appeal (id, ente_id, decision_id, filed_at, statement, contact, state) values (?, ?, ?, ?, ?, ?, 'OPEN')")
                .params(appeal.id(), appeal.enteId(), decisionId, Timestamp.from(now), appeal.statement(), appeal.contact())
                .update();
        events.publishEvent(new AppealFiled(appeal.id(), appeal.enteId(), decisionId));
        return new AppealOutcome.Done(appeal);
    }

    /** @return the ente's appeals, open first, newest first */
    @Transactional(readOnly = true)
    public List<Appeal> list(String enteId, int limit) {
        return jdbc.sql("select * from appeal where ente_id = ? order by case when state = 'OPEN' then 0 else 1 end, filed_at desc limit ?")
                .params(enteId, limit).query(Appeals::appeal).list();
    }

    /** @return the appeal, scoped by ente */
    @Transactional(readOnly = true)
    public Optional<Appeal> appeal(String enteId, UUID appealId) {
        return jdbc.sql("select * from appeal where ente_id = ? and id = ?").params(enteId, appealId)
                .query(Appeals::appeal).optional();
    }

    /**
     * Decides an appeal.
     *
     * @param user the person deciding: never the one who took the contested decision
     * @param reverse true to reverse the decision and restore the content
     * @param note why, in Italian; sent to the citizen
     */
    @Transactional
    public AppealOutcome decide(String enteId, UUID appealId, String user, boolean reverse, String note) {
        Labels labels = Labels.italian();
        Optional<Appeal> appeal = jdbc.sql("select * from appeal where ente_id = ? and id = ? for update")
                .params(enteId, appealId).query(Appeals::appeal).optional();
        if (appeal.isEmpty()) {
            return new AppealOutcome.Refused(labels.get("appeal.refused.unknown"));
        }
        if (appeal.get().state() != Appeal.AppealState.OPEN) {
            return new AppealOutcome.Refused(labels.get("appeal.refused.decided"));
        }
        Decision contested = store.decision(enteId, appeal.get().decisionId()).orElseThrow();
        if (contested.decidedBy().equals(user)) {
            return new AppealOutcome.Refused(labels.get("appeal.refused.samePerson"));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID reversal = null;
        if (reverse) {
            store.revokeMeasuresOf(contested.id());
            Interaction interaction = store.interaction(enteId, contested.interactionId()).orElseThrow();
            reversal = moderation.record(policies.current(enteId).orElseThrow(), interaction, ContentAction.KEEP, null,
                    List.of(), List.of(), Set.of(), false, user, note, contested.id(), now).id();
        }
        Appeal.AppealState state = reverse ? Appeal.AppealState.REVERSED : Appeal.AppealState.UPHELD;
        jdbc.sql("update appeal set state = ?, decided_by = ?, decided_at = ?, outcome_note = ? where id = ?")
                .params(state.name(), user, Timestamp.from(now), note, appealId).update();
        events.publishEvent(new AppealDecided(appealId, enteId, contested.id(), reverse, user, reversal));
        return new AppealOutcome.Done(appeal(enteId, appealId).orElseThrow());
    }

    private static Appeal appeal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Appeal(rs.getObject("id", UUID.class), rs.getString("ente_id"), rs.getObject("decision_id", UUID.class),
                rs.getTimestamp("filed_at").toInstant(), rs.getString("statement"), rs.getString("contact"),
                Appeal.AppealState.valueOf(rs.getString("state")), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("outcome_note"));
    }
}
