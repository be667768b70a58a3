package it.piazza.platforms.telegram;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.NewInteraction;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Bot API {@code Update}. In the discussion group, a message answering a channel post (the post's
 * automatic forward) is a comment under it, and a message answering another message of the thread is a reply;
 * in a private chat with the bot, a message is a private message. Left out: the channel's own posts and their
 * automatic forwards, what the bot or the group's anonymous admins write, messages of other groups, edits and
 * messages without text or caption.
 */
final class TelegramUpdates {

    private TelegramUpdates() {
    }

    /**
     * @param groupId the discussion group of the connection
     * @param channel the channel of the connection ({@code @username} or its id)
     * @param botId the bot's own user id
     * @return the item the update carries, if any
     * @throws IllegalArgumentException when the update is not a Bot API update
     */
    static Optional<NewInteraction> read(JsonNode update, String channelId, String groupId, String channel, String botId) {
        if (!update.isObject() || !update.path("update_id").isIntegralNumber()) {
            throw new IllegalArgumentException("not a Telegram update (no update_id)");
        }
        JsonNode message = update.path("message");
        if (message.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode chat = message.path("chat");
        String chatId = required(chat, "id");
        @Nullable String text = postText(message);
        JsonNode from = message.path("from");
        @Nullable String author = from.path("id").asStringOpt().orElse(null);
        if (text == null || text.isBlank() || author == null || author.equals(botId)
                || message.path("is_automatic_forward").asBoolean(false)
                || ownChat(message.path("sender_chat"), chatId, channel)) {
            return Optional.empty();
        }
        String id = chatId + ":" + required(message, "message_id");
        Instant createdAt = Instant.ofEpochSecond(Long.parseLong(required(message, "date")));
        String name = Stream.of(from.path("first_name"), from.path("last_name")).map(n -> n.asString(""))
                .filter(n -> !n.isBlank()).collect(Collectors.joining(" "));
        @Nullable String authorName = name.isBlank() ? from.path("username").asStringOpt().orElse(null) : name;
        if ("private".equals(chat.path("type").asString(""))) {
            return Optional.of(new NewInteraction(channelId, InteractionKind.PRIVATE_MESSAGE, id, null, null, null, author,
                    authorName, text, createdAt));
        }
        if (!chatId.equals(groupId)) {
            return Optional.empty();
        }
        JsonNode answered = message.path("reply_to_message");
        if (answered.path("is_automatic_forward").asBoolean(false)) {
            return Optional.of(new NewInteraction(channelId, InteractionKind.COMMENT, id,
                    chatId + ":" + required(answered, "message_id"), postText(answered), null, author, authorName, text,
                    createdAt));
        }
        @Nullable String thread = message.path("message_thread_id").asStringOpt().orElse(null);
        @Nullable String post = thread == null ? null : chatId + ":" + thread;
        if (answered.isMissingNode()) {
            return Optional.of(new NewInteraction(channelId, InteractionKind.COMMENT, id, post, null, null, author,
                    authorName, text, createdAt));
        }
        return Optional.of(new NewInteraction(channelId, InteractionKind.REPLY, id, post, null,
                chatId + ":" + required(answered, "message_id"), author, authorName, text, createdAt));
    }

    /** @return whether the message was sent in the name of the ente's channel or of the group itself */
    private static boolean ownChat(JsonNode senderChat, String chatId, String channel) {
        if (senderChat.isMissingNode()) {
            return false;
        }
        String id = senderChat.path("id").asString("");
        String username = senderChat.path("username").asStringOpt().map(u -> "@" + u).orElse("");
        return id.equals(chatId) || id.equals(channel) || username.equalsIgnoreCase(channel);
    }

    /** @return the message's text, or the caption of its photo or video */
    private static @Nullable String postText(JsonNode message) {
        return message.path("text").asStringOpt().or(() -> message.path("caption").asStringOpt()).orElse(null);
    }

    private static String required(JsonNode node, String field) {
        @Nullable String value = node.path(field).asStringOpt().orElse(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a message has no " + field);
        }
        return value;
    }
}
