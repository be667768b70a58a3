/**
 * YouTube Data API v3 (docs/platform-apis.md §2). YouTube has no comment webhook: the channel's comment threads
 * are polled ({@code commentThreads.list?allThreadsRelatedToChannelId=}, newest first, paged with
 * {@code pageToken} down to the cursor), and optionally those YouTube held for review. Hide is
 * {@code heldForReview}, unhide {@code published} (only from held), remove {@code rejected} (cannot be undone),
 * a ban rejects the comment with {@code banAuthor=true}; public replies are comments; there is no private
 * message.
 * <p>
 * Settings: {@code channel_id} (the ente's channel, {@code UC...}), optional {@code poll_held}
 * ({@code false} to skip the held-for-review list, one quota unit per poll less), optional {@code token_url}
 * (Google's OAuth token endpoint by default). Secrets: {@code client_id}, {@code client_secret},
 * {@code refresh_token} (scope {@code youtube.force-ssl}). The access token is refreshed when needed and kept
 * in memory only.
 */
@NullMarked
package it.piazza.platforms.youtube;

import org.jspecify.annotations.NullMarked;
