package it.piazza.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import it.piazza.inbox.ResponseTimes;
import it.piazza.policy.StaffedHours;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds transparency reports from the moderation records. */
@Service
public class TransparencyReports {

    private static final String LATEST = """
            select d.*, i.channel_id from decision d join interaction i on i.id = d.interaction_id
            where d.ente_id = :ente and d.decided_at >= :from and d.decided_at < :to
            and not exists (select 1 from decision later where later.interaction_id = d.interaction_id
                            and later.decided_at > d.decided_at)""";

    private final JdbcClient jdbc;

    TransparencyReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How long comments the automatic part sent to a person waited for that person's decision, in the ente's
     * staffed minutes (nights, weekends, holidays and the patron day do not count), for decisions taken between
     * {@code from} (inclusive) and {@code to}.
     *
     * @return the waits' figure, or empty when no person decided in the period
     */
    @Transactional(readOnly = true)
    public Optional<ResponseTimes.Figure> reviewWaits(String enteId, StaffedHours hours, Instant from, Instant to) {
        List<Long> minutes = jdbc.sql("""
                select i.received_at, min(d.decided_at) from decision d join interaction i on i.id = d.interaction_id
                where d.ente_id = :ente and not d.automated and d.suggested_action is not null
                  and d.decided_at >= :from and d.decided_at < :to
                group by i.id, i.received_at""")
                .params(Map.of("ente", enteId, "from", Timestamp.from(from), "to", Timestamp.from(to)))
                .query((rs, n) -> hours.staffedBetween(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())
                        .toMinutes())
                .list();
        return minutes.isEmpty() ? Optional.empty() : Optional.of(ResponseTimes.Figure.of(enteId, minutes));
    }

    /** @return the counts of the ente's moderation between {@code from} (inclusive) and {@code to} */
    @Transactional(readOnly = true)
    public TransparencyReport report(String enteId, Instant from, Instant to) {
        Map<String, Object> range = Map.of("ente", enteId, "from", Timestamp.from(from), "to", Timestamp.from(to));
        long received = jdbc.sql("select count(*) from interaction where ente_id = :ente and received_at >= :from and received_at < :to")
                .params(range).query(Long.class).single();
        Map<String, Long> byAction = new TreeMap<>();
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, Long> byChannel = new TreeMap<>();
        long[] automatedHuman = new long[2];
        jdbc.sql(LATEST).params(range).query((rs, n) -> {
            String action = rs.getString("action");
            byAction.merge(action, 1L, Long::sum);
            if ("HIDE".equals(action) || "REMOVE".equals(action)) {
                automatedHuman[rs.getBoolean("automated") ? 0 : 1]++;
                byChannel.merge(rs.getString("channel_id"), 1L, Long::sum);
                Arrays.stream(rs.getString("categories").split(",")).filter(c -> !c.isEmpty())
                        .forEach(c -> byCategory.merge(c, 1L, Long::sum));
            }
            return null;
        }).list();
        long filed = jdbc.sql("select count(*) from appeal where ente_id = :ente and filed_at >= :from and filed_at < :to")
                .params(range).query(Long.class).single();
        long reversed = jdbc.sql("select count(*) from appeal where ente_id = :ente and state = 'REVERSED' and decided_at >= :from and decided_at < :to")
                .params(range).query(Long.class).single();
        return new TransparencyReport(enteId, from, to, received, byAction, byCategory, automatedHuman[0],
                automatedHuman[1], filed, reversed, byChannel);
    }
}
