package it.piazza.platforms.sandbox;

import it.piazza.moderation.Interaction;
import it.piazza.moderation.InteractionKind;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.PlatformAction;
import it.piazza.policy.ContentAction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored state of the sandbox pages, and the platform's side of every action: what the connector asks is
 * changed here, and each change is counted in {@code sandbox_change}, one row per action carried out.
 */
@Component
class SandboxState {

    static final String ITEM_COLUMNS = """
            id, ente_id, channel_id, kind, post_id, parent_id, author_id, author_name, by_ente, text, visibility,
            created_at, decision_id, decision_action, decided_by""";

    private final JdbcClient jdbc;
    private final Clock clock;

    SandboxState(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** @return the new post's id */
    @Transactional
    String insertPost(String enteId, String channelId, String text) {
        String id = "p-" + UUID.randomUUID();
        jdbc.sql("insert into sandbox_post (id, ente_id, channel_id, text, created_at) values (?, ?, ?, ?, ?)")
                .params(id, enteId, channelId, text, Timestamp.from(now())).update();
        return id;
    }

    /** Stores an item as it is written. */
    @Transactional
    SandboxItem insertItem(String enteId, String channelId, InteractionKind kind, @Nullable String postId,
            @Nullable String parentId, String authorId, String authorName, boolean byEnte, String text) {
        String prefix = switch (kind) {
            case COMMENT -> "c-";
            case REPLY -> "r-";
            case PRIVATE_MESSAGE -> "m-";
        };
        SandboxItem item = new SandboxItem(prefix + UUID.randomUUID(), enteId, channelId, kind, postId, parentId,
                authorId, authorName, byEnte, text, Visibility.VISIBLE, now(), null, null, null);
        jdbc.sql("insert into sandbox_item (" + ITEM_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null)")
                .params(item.id(), enteId, channelId, kind.name(), postId, parentId, authorId, authorName, byEnte, text,
                        item.visibility().name(), Timestamp.from(item.createdAt())).update();
        return item;
    }

    /**
     * Puts on the page an item Piazza received for the channel from elsewhere (the demo comments, the REST API),
     * with its post, so that the page shows it and the actions on it can be carried out.
     */
    @Transactional
    void adopt(Interaction interaction) {
        String post = interaction.postPlatformId();
        if (post != null && postText(interaction.enteId(), interaction.channelId(), post).isEmpty()) {
            jdbc.sql("insert into sandbox_post (id, ente_id, channel_id, text, created_at) values (?, ?, ?, ?, ?)")
                    .params(post, interaction.enteId(), interaction.channelId(),
                            interaction.postText() == null ? "" : interaction.postText(),
                            Timestamp.from(interaction.createdAt())).update();
        }
        String author = interaction.authorId() == null ? "anonimo" : interaction.authorId();
        jdbc.sql("insert into sandbox_item (" + ITEM_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, 'VISIBLE', ?, null, null, null)")
                .params(interaction.platformId(), interaction.enteId(), interaction.channelId(), interaction.kind().name(),
                        interaction.kind() == InteractionKind.PRIVATE_MESSAGE ? null : post, interaction.parentPlatformId(),
                        author, interaction.authorName() == null ? author : interaction.authorName(), interaction.text(),
                        Timestamp.from(interaction.createdAt())).update();
    }

    Optional<SandboxItem> item(String enteId, String channelId, String id) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from sandbox_item where ente_id = ? and channel_id = ? and id = ?")
                .params(enteId, channelId, id).query(SandboxState::item).optional();
    }

    Optional<String> postText(String enteId, String channelId, String postId) {
        return jdbc.sql("select text from sandbox_post where ente_id = ? and channel_id = ? and id = ?")
                .params(enteId, channelId, postId).query(String.class).optional();
    }

    /** @return whether the author is banned from the page now */
    boolean banned(String enteId, String channelId, String authorId) {
        return jdbc.sql("""
                select count(*) from sandbox_ban where ente_id = ? and channel_id = ? and author_id = ?
                  and (until_at is null or until_at > ?)""")
                .params(enteId, channelId, authorId, Timestamp.from(now())).query(Long.class).single() > 0;
    }

    /**
     * Carries out an action as the platform would: the page changes and the change is counted, or the platform
     * refuses (object gone, removed comment, simulated failure) and nothing changes.
     */
    @Transactional
    ActionOutcome apply(String enteId, String channelId, PlatformAction action, String idempotencyKey) {
        Optional<String> failure = failure(enteId, channelId);
        if (failure.isPresent()) {
            return new ActionOutcome.Refused(failure.get());
        }
        String target = action.targetId();
        ActionOutcome outcome = switch (action.kind()) {
            case HIDE -> visibility(enteId, channelId, target, Visibility.HIDDEN);
            case UNHIDE -> visibility(enteId, channelId, target, Visibility.VISIBLE);
            case REMOVE -> visibility(enteId, channelId, target, Visibility.REMOVED);
            case REPLY_PUBLIC -> answer(enteId, channelId, action, InteractionKind.REPLY);
            case REPLY_PRIVATE -> answer(enteId, channelId, action, InteractionKind.PRIVATE_MESSAGE);
            case BAN -> ban(enteId, channelId, target, action.until());
            case UNBAN -> {
                jdbc.sql("delete from sandbox_ban where ente_id = ? and channel_id = ? and author_id = ?")
                        .params(enteId, channelId, target).update();
                yield new ActionOutcome.Done(target);
            }
            case PUBLISH -> action.text() == null || action.text().isBlank()
                    ? new ActionOutcome.Refused("Testo mancante: non c'è nulla da pubblicare")
                    : new ActionOutcome.Done(insertPost(enteId, channelId, action.text()));
        };
        if (outcome instanceof ActionOutcome.Done done) {
            jdbc.sql("""
                    insert into sandbox_change (ente_id, channel_id, kind, target_id, idempotency_key, reference, changed_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(enteId, channelId, action.kind().name(), target, idempotencyKey, done.reference(),
                            Timestamp.from(now())).update();
        }
        return outcome;
    }

    private ActionOutcome visibility(String enteId, String channelId, String target, Visibility wanted) {
        Optional<SandboxItem> item = item(enteId, channelId, target);
        if (item.isEmpty()) {
            return new ActionOutcome.Refused("Oggetto inesistente sulla pagina: " + target);
        }
        if (item.get().visibility() == Visibility.REMOVED && wanted != Visibility.REMOVED) {
            return new ActionOutcome.Refused("Il commento " + target + " è stato rimosso: non si può più mostrare né nascondere");
        }
        jdbc.sql("update sandbox_item set visibility = ? where ente_id = ? and channel_id = ? and id = ?")
                .params(wanted.name(), enteId, channelId, target).update();
        return new ActionOutcome.Done(target);
    }

    private ActionOutcome answer(String enteId, String channelId, PlatformAction action, InteractionKind kind) {
        Optional<SandboxItem> target = item(enteId, channelId, action.targetId());
        if (target.isEmpty()) {
            return new ActionOutcome.Refused("Oggetto inesistente sulla pagina: " + action.targetId());
        }
        if (action.text() == null || action.text().isBlank()) {
            return new ActionOutcome.Refused("Testo mancante: non c'è nulla da scrivere");
        }
        if (kind == InteractionKind.REPLY && target.get().visibility() == Visibility.REMOVED) {
            return new ActionOutcome.Refused("Il commento " + action.targetId() + " è stato rimosso: non si può rispondere");
        }
        SandboxItem answer = insertItem(enteId, channelId, kind, target.get().postId(), target.get().id(),
                "ente:" + enteId, "", true, action.text());
        return new ActionOutcome.Done(answer.id());
    }

    private ActionOutcome ban(String enteId, String channelId, String authorId, @Nullable Instant until) {
        jdbc.sql("delete from sandbox_ban where ente_id = ? and channel_id = ? and author_id = ?")
                .params(enteId, channelId, authorId).update();
        jdbc.sql("insert into sandbox_ban (ente_id, channel_id, author_id, until_at, created_at) values (?, ?, ?, ?, ?)")
                .params(enteId, channelId, authorId, until == null ? null : Timestamp.from(until), Timestamp.from(now()))
                .update();
        return new ActionOutcome.Done(authorId);
    }

    /**
     * Looks at the page to see whether an action shows done (for an attempt whose answer was lost).
     *
     * @return the reference of what shows it done, or empty
     */
    @Transactional(readOnly = true)
    Optional<String> shows(String enteId, String channelId, PlatformAction action) {
        String target = action.targetId();
        return switch (action.kind()) {
            case HIDE -> visibilityIs(enteId, channelId, target, Visibility.HIDDEN);
            case UNHIDE -> visibilityIs(enteId, channelId, target, Visibility.VISIBLE);
            case REMOVE -> visibilityIs(enteId, channelId, target, Visibility.REMOVED);
            case REPLY_PUBLIC, REPLY_PRIVATE -> jdbc.sql("""
                    select id from sandbox_item where ente_id = ? and channel_id = ? and parent_id = ? and by_ente
                      and kind = ? and text = ? order by created_at limit 1""")
                    .params(enteId, channelId, target, action.kind() == ActionKind.REPLY_PUBLIC ? "REPLY" : "PRIVATE_MESSAGE",
                            action.text()).query(String.class).optional();
            case BAN -> banned(enteId, channelId, target) ? Optional.of(target) : Optional.empty();
            case UNBAN -> banned(enteId, channelId, target) ? Optional.empty() : Optional.of(target);
            case PUBLISH -> jdbc.sql("select id from sandbox_post where ente_id = ? and channel_id = ? and text = ? limit 1")
                    .params(enteId, channelId, action.text()).query(String.class).optional();
        };
    }

    private Optional<String> visibilityIs(String enteId, String channelId, String target, Visibility visibility) {
        return item(enteId, channelId, target).filter(i -> i.visibility() == visibility).map(SandboxItem::id);
    }

    /** @return how many times the platform carried out {@code kind} on {@code targetId} */
    long changes(String enteId, String channelId, ActionKind kind, String targetId) {
        return jdbc.sql("select count(*) from sandbox_change where ente_id = ? and channel_id = ? and kind = ? and target_id = ?")
                .params(enteId, channelId, kind.name(), targetId).query(Long.class).single();
    }

    Optional<String> failure(String enteId, String channelId) {
        return jdbc.sql("select reason from sandbox_failure where ente_id = ? and channel_id = ?")
                .params(enteId, channelId).query(String.class).optional();
    }

    @Transactional
    void failure(String enteId, String channelId, @Nullable String reason) {
        jdbc.sql("delete from sandbox_failure where ente_id = ? and channel_id = ?").params(enteId, channelId).update();
        if (reason != null) {
            jdbc.sql("insert into sandbox_failure (ente_id, channel_id, reason) values (?, ?, ?)")
                    .params(enteId, channelId, reason).update();
        }
    }

    /** Records on the item the latest decision Piazza took on it. */
    void decided(String enteId, String channelId, String itemId, UUID decisionId, ContentAction action, String by) {
        jdbc.sql("""
                update sandbox_item set decision_id = ?, decision_action = ?, decided_by = ?
                where ente_id = ? and channel_id = ? and id = ?""")
                .params(decisionId, action.name(), by, enteId, channelId, itemId).update();
    }

    /** @return the latest posts of the page, newest first */
    List<SandboxPage.Post> posts(String enteId, String channelId, int limit) {
        record Row(String id, String text, Instant at) {
        }
        List<Row> rows = jdbc.sql("""
                select id, text, created_at from sandbox_post where ente_id = ? and channel_id = ?
                order by created_at desc limit ?""")
                .params(enteId, channelId, limit)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<SandboxItem> items = jdbc.sql("select " + ITEM_COLUMNS + " from sandbox_item where ente_id = :ente"
                        + " and channel_id = :channel and post_id in (:posts) and kind <> 'PRIVATE_MESSAGE' order by created_at, id")
                .param("ente", enteId).param("channel", channelId).param("posts", rows.stream().map(Row::id).toList())
                .query(SandboxState::item).list();
        return rows.stream().map(r -> new SandboxPage.Post(r.id(), r.text(), r.at(), items.stream()
                .filter(i -> r.id().equals(i.postId()) && i.kind() == InteractionKind.COMMENT)
                .map(c -> new SandboxPage.Thread(c, items.stream().filter(i -> c.id().equals(i.parentId())).toList()))
                .toList())).toList();
    }

    /** @return the latest private conversations of the page, newest first */
    List<SandboxPage.Conversation> conversations(String enteId, String channelId, int limit) {
        List<SandboxItem> messages = jdbc.sql("select " + ITEM_COLUMNS + " from sandbox_item where ente_id = ?"
                        + " and channel_id = ? and kind = 'PRIVATE_MESSAGE' and not by_ente order by created_at desc limit ?")
                .params(enteId, channelId, limit).query(SandboxState::item).list();
        List<SandboxItem> answers = answersTo(enteId, channelId, messages.stream().map(SandboxItem::id).toList());
        return messages.stream().map(m -> new SandboxPage.Conversation(m,
                answers.stream().filter(a -> m.id().equals(a.parentId())).toList())).toList();
    }

    /** @return the ente's latest private answers to public comments (Meta's private replies), newest first */
    List<SandboxPage.Conversation> privateRepliesToComments(String enteId, String channelId, int limit) {
        List<SandboxItem> comments = jdbc.sql("select " + ITEM_COLUMNS + " from sandbox_item c where ente_id = ?"
                        + " and channel_id = ? and kind <> 'PRIVATE_MESSAGE' and exists (select 1 from sandbox_item a"
                        + " where a.ente_id = c.ente_id and a.channel_id = c.channel_id and a.parent_id = c.id"
                        + " and a.kind = 'PRIVATE_MESSAGE' and a.by_ente) order by created_at desc limit ?")
                .params(enteId, channelId, limit).query(SandboxState::item).list();
        List<SandboxItem> answers = answersTo(enteId, channelId, comments.stream().map(SandboxItem::id).toList());
        return comments.stream().map(c -> new SandboxPage.Conversation(c,
                answers.stream().filter(a -> c.id().equals(a.parentId())).toList())).toList();
    }

    private List<SandboxItem> answersTo(String enteId, String channelId, List<String> parents) {
        if (parents.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ITEM_COLUMNS + " from sandbox_item where ente_id = :ente and channel_id = :channel"
                        + " and kind = 'PRIVATE_MESSAGE' and by_ente and parent_id in (:parents) order by created_at")
                .param("ente", enteId).param("channel", channelId).param("parents", parents)
                .query(SandboxState::item).list();
    }

    List<SandboxPage.Ban> bans(String enteId, String channelId) {
        return jdbc.sql("""
                select b.author_id, coalesce((select max(i.author_name) from sandbox_item i where i.ente_id = b.ente_id
                  and i.channel_id = b.channel_id and i.author_id = b.author_id), b.author_id), b.until_at
                from sandbox_ban b where b.ente_id = ? and b.channel_id = ? and (b.until_at is null or b.until_at > ?)
                order by b.created_at desc""")
                .params(enteId, channelId, Timestamp.from(now()))
                .query((rs, n) -> new SandboxPage.Ban(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant())).list();
    }

    /** @return the ids of the page's latest posts, newest first */
    List<String> recentPosts(String enteId, String channelId, int limit) {
        return jdbc.sql("select id from sandbox_post where ente_id = ? and channel_id = ? order by created_at desc limit ?")
                .params(enteId, channelId, limit).query(String.class).list();
    }

    /** @return the ids of the page's latest citizens' comments that are still visible, newest first */
    List<String> recentComments(String enteId, String channelId, int limit) {
        return jdbc.sql("""
                select id from sandbox_item where ente_id = ? and channel_id = ? and kind = 'COMMENT' and not by_ente
                  and visibility = 'VISIBLE' order by created_at desc limit ?""")
                .params(enteId, channelId, limit).query(String.class).list();
    }

    private static SandboxItem item(ResultSet rs, int row) throws SQLException {
        String action = rs.getString(14);
        return new SandboxItem(rs.getString(1), rs.getString(2), rs.getString(3), InteractionKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10),
                Visibility.valueOf(rs.getString(11)), rs.getTimestamp(12).toInstant(), rs.getObject(13, UUID.class),
                action == null ? null : ContentAction.valueOf(action), rs.getString(15));
    }
}
