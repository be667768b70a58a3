/**
 * Mastodon (docs/platform-apis.md §4), polled: mention notifications are read oldest page first with
 * {@code min_id}, following the {@code Link rel="prev"} header (ids are opaque strings). Status HTML becomes
 * plain text; a {@code direct} mention is a private message. Mastodon lets an account neither hide nor remove
 * other people's replies, so those decisions go to a person; it can reply in public and in private (a
 * {@code direct} status naming the author), sent with the outbox key as {@code Idempotency-Key}, and block or
 * unblock an account.
 * <p>
 * Settings: {@code instance} (the server's address, e.g. {@code https://mastodon.uno}), {@code account_id} (the
 * ente's own account id). Secrets: {@code access_token} (scopes {@code read write:statuses write:blocks}).
 */
@NullMarked
package it.piazza.platforms.mastodon;

import org.jspecify.annotations.NullMarked;
