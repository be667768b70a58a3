package it.piazza.inbox;

import it.piazza.detection.Intent;
import it.piazza.detection.Topic;
import it.piazza.moderation.InteractionKind;
import it.piazza.policy.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox tables. Every query is scoped by ente. */
@Repository
class InboxStore {

    private static final String CONVERSATION_COLUMNS = """
            c.id, c.ente_id, c.channel_id, c.platform, c.author_id, c.author_name, c.private_thread, c.state,
            c.assignee, c.office, c.intent, c.emergency, c.opened_at, c.last_message_at, c.waiting_since""";
    private static final String REPLY_COLUMNS = """
            r.id, r.conversation_id, r.origin, r.state, r.text, r.in_reply_to, r.written_by, r.written_at,
            r.approved_by, r.sent_at, r.response_minutes, r.source_url""";

    private final JdbcClient jdbc;

    InboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A conversation row with what only the inbox itself needs. */
    record Row(Conversation conversation, @Nullable Instant automaticReplyAt) {
    }

    /** Creates the conversation unless another transaction just did; either way returns the stored one, locked. */
    Row openOrCreate(Conversation c, String authorKey) {
        jdbc.sql("""
                insert into inbox_conversation (id, ente_id, channel_id, platform, author_key, author_id, author_name,
                  private_thread, state, assignee, office, intent, emergency, opened_at, last_message_at, waiting_since)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(c.id(), c.enteId(), c.channelId(), c.platform().name(), authorKey, c.authorId(), c.authorName(),
                        c.privateThread(), c.state().name(), c.assignee(), c.office(), c.intent().name(), c.emergency(),
                        ts(c.openedAt()), ts(c.lastMessageAt()), ts(c.waitingSince()))
                .update();
        return jdbc.sql("select " + CONVERSATION_COLUMNS + ", c.automatic_reply_at from inbox_conversation c"
                        + " where c.ente_id = ? and c.channel_id = ? and c.author_key = ? and c.private_thread = ? for update")
                .params(c.enteId(), c.channelId(), authorKey, c.privateThread())
                .query(InboxStore::row).single();
    }

    Optional<Row> forUpdate(String enteId, UUID id) {
        return jdbc.sql("select " + CONVERSATION_COLUMNS + ", c.automatic_reply_at from inbox_conversation c"
                        + " where c.ente_id = ? and c.id = ? for update")
                .params(enteId, id).query(InboxStore::row).optional();
    }

    Optional<Conversation> conversation(String enteId, UUID id) {
        return jdbc.sql("select " + CONVERSATION_COLUMNS + " from inbox_conversation c where c.ente_id = ? and c.id = ?")
                .params(enteId, id).query(InboxStore::conversation).optional();
    }

    /** Writes back every changing field of the conversation. */
    void update(Conversation c) {
        jdbc.sql("""
                update inbox_conversation set state = ?, assignee = ?, office = ?, intent = ?, emergency = ?,
                  last_message_at = ?, waiting_since = ?, author_name = ? where id = ?""")
                .params(c.state().name(), c.assignee(), c.office(), c.intent().name(), c.emergency(),
                        ts(c.lastMessageAt()), ts(c.waitingSince()), c.authorName(), c.id())
                .update();
    }

    void automaticReplyAt(UUID conversationId, Instant at) {
        jdbc.sql("update inbox_conversation set automatic_reply_at = ? where id = ?").params(ts(at), conversationId).update();
    }

    /** @return the ente's conversations: open emergencies first, then open ones, then the rest; latest first */
    List<Conversation> list(String enteId, InboxFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("select " + CONVERSATION_COLUMNS + " from inbox_conversation c where c.ente_id = ?");
        List<Object> params = new ArrayList<>(List.of(enteId));
        if (filter.state() != null) {
            sql.append(" and c.state = ?");
            params.add(filter.state().name());
        }
        if (filter.channelId() != null) {
            sql.append(" and c.channel_id = ?");
            params.add(filter.channelId());
        }
        if (filter.office() != null) {
            sql.append(" and c.office = ?");
            params.add(filter.office());
        }
        sql.append("""
                 order by case when c.emergency and c.state <> 'CLOSED' then 0
                   when c.state in ('NEW', 'ASSIGNED', 'WAITING_FOR_OFFICE') then 1 else 2 end,
                   c.last_message_at desc limit ?""");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(InboxStore::conversation).list();
    }

    /** @return the offices the ente's conversations are routed to, sorted */
    List<String> offices(String enteId) {
        return jdbc.sql("select distinct office from inbox_conversation where ente_id = ? order by office")
                .param(enteId).query(String.class).list();
    }

    void insert(UUID conversationId, InboundMessage m) {
        jdbc.sql("""
                insert into inbox_message (id, conversation_id, interaction_id, platform_id, kind, text, received_at,
                  intent, confidence, topic, office, emergency, staffed, evidence, reasons)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id(), conversationId, m.interactionId(), m.platformId(), m.kind().name(), m.text(),
                        ts(m.receivedAt()), m.intent().name(), m.confidence(), m.topic() == null ? null : m.topic().name(),
                        m.office(), m.emergency(), m.staffed(), String.join("\n", m.evidence()),
                        String.join("\n", m.reasons()))
                .update();
    }

    private static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    List<InboundMessage> messages(UUID conversationId) {
        return jdbc.sql("""
                select id, interaction_id, platform_id, kind, text, received_at, intent, confidence, topic, office,
                  emergency, staffed, evidence, reasons from inbox_message where conversation_id = ?
                order by received_at, id""")
                .param(conversationId).query((rs, n) -> new InboundMessage(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3), InteractionKind.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), Intent.valueOf(rs.getString(7)),
                        rs.getDouble(8), rs.getString(9) == null ? null : Topic.valueOf(rs.getString(9)),
                        rs.getString(10), rs.getBoolean(11), rs.getBoolean(12), lines(rs.getString(13)),
                        lines(rs.getString(14))))
                .list();
    }

    void insert(String enteId, String channelId, @Nullable String office, Reply r) {
        jdbc.sql("""
                insert into inbox_reply (id, conversation_id, ente_id, origin, state, text, in_reply_to, written_by,
                  written_at, approved_by, sent_at, office, channel_id, response_minutes, source_url)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.conversationId(), enteId, r.origin().name(), r.state().name(), r.text(), r.inReplyTo(),
                        r.writtenBy(), ts(r.writtenAt()), r.approvedBy(), ts(r.sentAt()), office, channelId,
                        r.responseMinutes(), r.sourceUrl())
                .update();
    }

    /** Records that a waiting reply left (or was sent back). */
    void update(Reply r, @Nullable String office) {
        jdbc.sql("update inbox_reply set state = ?, approved_by = ?, sent_at = ?, response_minutes = ?, office = ? where id = ?")
                .params(r.state().name(), r.approvedBy(), ts(r.sentAt()), r.responseMinutes(), office, r.id()).update();
    }

    List<Reply> replies(UUID conversationId) {
        return jdbc.sql("select " + REPLY_COLUMNS + " from inbox_reply r where r.conversation_id = ? order by r.written_at, r.id")
                .param(conversationId).query(InboxStore::reply).list();
    }

    /** @return whether the assistant has written in the conversation */
    boolean assistantReplied(UUID conversationId) {
        return jdbc.sql("select exists (select 1 from inbox_reply where conversation_id = ? and origin = 'ASSISTANT')")
                .param(conversationId).query(Boolean.class).single();
    }

    Optional<Reply> replyForUpdate(String enteId, UUID replyId) {
        return jdbc.sql("select " + REPLY_COLUMNS + " from inbox_reply r where r.ente_id = ? and r.id = ? for update")
                .params(enteId, replyId).query(InboxStore::reply).optional();
    }

    /** @return how many replies of the ente wait for approval */
    int awaitingApproval(String enteId) {
        return jdbc.sql("select count(*) from inbox_reply where ente_id = ? and state = 'AWAITING_APPROVAL'")
                .param(enteId).query(Integer.class).single();
    }

    /** A person's sent reply, for response times. */
    record Answer(String channelId, @Nullable String office, long minutes) {
    }

    List<Answer> answers(String enteId, Instant since) {
        return jdbc.sql("""
                select channel_id, office, response_minutes from inbox_reply
                where ente_id = ? and origin = 'PERSON' and state = 'SENT' and sent_at >= ? and response_minutes is not null""")
                .params(enteId, ts(since))
                .query((rs, n) -> new Answer(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    void insert(UUID conversationId, Note note) {
        jdbc.sql("insert into inbox_note (id, conversation_id, author, text, written_at) values (?, ?, ?, ?, ?)")
                .params(note.id(), conversationId, note.author(), note.text(), ts(note.writtenAt())).update();
    }

    List<Note> notes(UUID conversationId) {
        return jdbc.sql("select id, author, text, written_at from inbox_note where conversation_id = ? order by written_at, id")
                .param(conversationId).query((rs, n) -> new Note(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant())).list();
    }

    void insert(UUID conversationId, HistoryEntry entry) {
        jdbc.sql("insert into inbox_history (conversation_id, actor, action, detail, at) values (?, ?, ?, ?, ?)")
                .params(conversationId, entry.actor(), entry.action().name(), entry.detail(),
                        ts(entry.at()))
                .update();
    }

    List<HistoryEntry> history(UUID conversationId) {
        return jdbc.sql("select actor, action, detail, at from inbox_history where conversation_id = ? order by seq")
                .param(conversationId).query((rs, n) -> new HistoryEntry(rs.getString(1),
                        InboxAction.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant())).list();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(conversation(rs, row), instant(rs.getTimestamp(16)));
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                Platform.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                ConversationState.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10),
                Intent.valueOf(rs.getString(11)), rs.getBoolean(12), rs.getTimestamp(13).toInstant(),
                rs.getTimestamp(14).toInstant(), instant(rs.getTimestamp(15)));
    }

    private static Reply reply(ResultSet rs, int row) throws SQLException {
        long minutes = rs.getLong(11);
        Long responseMinutes = rs.wasNull() ? null : minutes;
        return new Reply(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                Reply.ReplyOrigin.valueOf(rs.getString(3)), Reply.ReplyState.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
                instant(rs.getTimestamp(10)), responseMinutes, rs.getString(12));
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
