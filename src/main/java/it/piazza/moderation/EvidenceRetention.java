package it.piazza.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deletes the evidence of removed or hidden content once the retention period of the ente's policy has
 * ended (default six months): the evidence package and the text of the comment, its post and the evidence
 * spans in the statement of reasons. The decision itself stays, minimised. Each purge is logged.
 * Runs every night; rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several nodes can run it.
 */
@Component
public class EvidenceRetention {

    private static final Logger log = LoggerFactory.getLogger(EvidenceRetention.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceRetention(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Purges one batch of expired evidence per ente. @return how many records were purged */
    @Scheduled(cron = "${piazza.retention.cron:0 30 3 * * *}", zone = "Europe/Rome")
    @Transactional
    public int purgeExpired() {
        Instant now = clock.instant();
        record Expired(UUID decisionId, String enteId, UUID interactionId) {
        }
        List<Expired> expired = jdbc.sql("""
                select e.decision_id, e.ente_id, d.interaction_id from evidence e join decision d on d.id = e.decision_id
                where e.purged_at is null and e.retain_until <= ? order by e.retain_until limit ? for update of e skip locked""")
                .params(Timestamp.from(now), BATCH)
                .query((rs, n) -> new Expired(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
        for (Expired e : expired) {
            jdbc.sql("update evidence set content = null, context = null, purged_at = ? where decision_id = ?")
                    .params(Timestamp.from(now), e.decisionId()).update();
            jdbc.sql("update interaction set text = '', post_text = null, author_name = null where id = ?")
                    .param(e.interactionId()).update();
            for (var row : jdbc.sql("select id, reasons from decision where interaction_id = ?").param(e.interactionId())
                    .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).list()) {
                ObjectNode reasons = (ObjectNode) ModerationStore.JSON.readTree((String) row[1]);
                reasons.withArray("evidence").forEach(item -> ((ObjectNode) item).put("text", ""));
                jdbc.sql("update decision set reasons = ? where id = ?")
                        .params(ModerationStore.JSON.writeValueAsString(reasons), row[0]).update();
            }
        }
        expired.stream().collect(java.util.stream.Collectors.groupingBy(Expired::enteId, java.util.stream.Collectors.counting()))
                .forEach((ente, count) -> events.publishEvent(new EvidencePurged(ente, count.intValue())));
        if (!expired.isEmpty()) {
            log.info("Purged the evidence of {} decisions at the end of their retention period", expired.size());
        }
        return expired.size();
    }
}
