package it.piazza.platforms.x;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.NewInteraction;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads an Account Activity delivery: {@code tweet_create_events} (v1.1-style tweets) and
 * {@code direct_message_events}. Other events (likes, follows, ...) carry nothing to moderate.
 */
final class XActivity {

    /** The v1.1 date format: {@code Wed Oct 10 20:19:24 +0000 2018}. */
    private static final DateTimeFormatter V1_DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ENGLISH);

    private XActivity() {
    }

    /**
     * @param channelId the channel the connection is for
     * @param accountId the ente's X account: events for other accounts of the same app, and the account's own
     *        posts and messages, are left out
     * @return the new comments, replies and direct messages
     * @throws IllegalArgumentException when an event lacks what every event of its kind has
     */
    static List<NewInteraction> read(JsonNode delivery, String channelId, String accountId) {
        if (!delivery.isObject()) {
            throw new IllegalArgumentException("the delivery is not a JSON object");
        }
        List<NewInteraction> items = new ArrayList<>();
        if (!accountId.equals(delivery.path("for_user_id").asString(""))) {
            return items;
        }
        for (JsonNode tweet : delivery.path("tweet_create_events").values()) {
            String author = required(tweet.path("user"), "id_str");
            if (!author.equals(accountId) && !tweet.has("retweeted_status")) {
                items.add(tweet(tweet, channelId, accountId, author));
            }
        }
        JsonNode users = delivery.path("users");
        for (JsonNode event : delivery.path("direct_message_events").values()) {
            JsonNode message = event.path("message_create");
            if (!"message_create".equals(event.path("type").asString("")) || message.isMissingNode()) {
                continue;
            }
            String sender = required(message, "sender_id");
            if (!sender.equals(accountId)) {
                JsonNode user = users.path(sender);
                items.add(new NewInteraction(channelId, InteractionKind.PRIVATE_MESSAGE, required(event, "id"), null,
                        null, null, sender, user.path("name").asStringOpt().orElse(null),
                        required(message.path("message_data"), "text"),
                        Instant.ofEpochMilli(Long.parseLong(required(event, "created_timestamp")))));
            }
        }
        return items;
    }

    /**
     * A reply to one of the account's posts is a comment under that post, and so is a quote of one; a reply to
     * someone else's post in the thread is a reply to it; a mention outside any thread is a comment under no post.
     */
    private static NewInteraction tweet(JsonNode tweet, String channelId, String accountId, String author) {
        String parent = tweet.path("in_reply_to_status_id_str").asStringOpt().orElse(null);
        boolean underOwnPost = parent != null && accountId.equals(tweet.path("in_reply_to_user_id_str").asString(""));
        InteractionKind kind = parent == null || underOwnPost ? InteractionKind.COMMENT : InteractionKind.REPLY;
        boolean quotesOwnPost = accountId.equals(tweet.path("quoted_status").path("user").path("id_str").asString(""));
        String post = underOwnPost ? parent
                : quotesOwnPost ? tweet.path("quoted_status_id_str").asStringOpt().orElse(null) : null;
        JsonNode user = tweet.path("user");
        return new NewInteraction(channelId, kind, required(tweet, "id_str"), kind == InteractionKind.COMMENT ? post : null,
                null, kind == InteractionKind.REPLY ? parent : null, author, user.path("name").asStringOpt()
                        .or(() -> user.path("screen_name").asStringOpt()).orElse(null),
                text(tweet), createdAt(required(tweet, "created_at")));
    }

    /** @return the whole text: {@code full_text}, the extended tweet's, or {@code text} */
    private static String text(JsonNode tweet) {
        return tweet.path("full_text").asStringOpt()
                .or(() -> tweet.path("extended_tweet").path("full_text").asStringOpt())
                .orElseGet(() -> required(tweet, "text"));
    }

    private static Instant createdAt(String value) {
        try {
            return ZonedDateTime.parse(value, V1_DATE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("created_at \"" + value + "\" is not in X's format");
        }
    }

    private static String required(JsonNode node, String field) {
        @Nullable String value = node.path(field).asStringOpt().orElse(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an event has no " + field);
        }
        return value;
    }
}
