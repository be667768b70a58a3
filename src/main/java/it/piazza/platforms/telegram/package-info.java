/**
 * The Telegram connector (Bot API, docs/platform-apis.md §5): receives the comments of the channel's discussion
 * group and the bot's private chats by webhook, deletes messages (within 48 hours), answers in the group and in
 * private (only to people who started the bot), bans and unbans in the group and publishes in the channel.
 * Messages are identified as {@code chatId:messageId}, so that every action knows its chat.
 * <p>
 * Settings: {@code chat_id}, the discussion group's id ({@code -100…}) where comments are read, answered,
 * deleted and authors banned; {@code channel_id}, the channel posts are published to ({@code @username} or
 * {@code -100…}). Secrets: {@code bot_token}, the token BotFather gave (the bot must be an admin of the group
 * with {@code can_delete_messages} and {@code can_restrict_members}, and of the channel with
 * {@code can_post_messages}); {@code webhook_secret}, the {@code secret_token} given to {@code setWebhook}
 * (1–256 characters of {@code A-Za-z0-9_-}), which Telegram sends with every delivery.
 */
@NullMarked
package it.piazza.platforms.telegram;

import org.jspecify.annotations.NullMarked;
