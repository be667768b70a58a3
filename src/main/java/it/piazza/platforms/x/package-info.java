/**
 * The X connector (X API v2, docs/platform-apis.md §3): receives replies, mentions and direct messages through
 * the Account Activity webhook, hides and unhides replies, answers in public and by direct message, blocks
 * (Enterprise plan only) and publishes.
 * <p>
 * Settings: {@code user_id}, the numeric id of the ente's X account (the webhook's {@code for_user_id}; the
 * account's own posts are left out); {@code tier}, the X plan ({@code enterprise} enables blocking; anything else
 * or absent: no blocking). Secrets: {@code access_token}, an OAuth 2.0 user token of the account with the scopes
 * {@code tweet.read tweet.write tweet.moderate.write dm.write block.write users.read}; {@code consumer_secret},
 * the X app's consumer secret, which answers the CRC and signs every webhook delivery.
 */
@NullMarked
package it.piazza.platforms.x;

import org.jspecify.annotations.NullMarked;
