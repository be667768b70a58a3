/**
 * TikTok business accounts (API for Business v1.3, docs/platform-apis.md §7), declared small and honest: the
 * comments of the videos named in the settings are polled ({@code /business/comment/list/}); hide and unhide go
 * through {@code /business/comment/hide/} (the video is required, taken from the comment's post) and public
 * replies through {@code /business/comment/reply/create/}. TikTok deletes only the account's own comments and has
 * no block API, so removal falls back to hiding and bans go to a person. Answers are the envelope
 * {@code {"code":0,"message","request_id","data"}}; ids are read as strings (they are large numbers). The
 * {@code comment.update} webhook is not used: its signature scheme is not documented in the reference.
 * <p>
 * Settings: {@code business_id} (the account's id), {@code video_ids} (comma-separated videos to poll). Secrets:
 * {@code access_token} (sent as {@code Access-Token}).
 */
@NullMarked
package it.piazza.platforms.tiktok;

import org.jspecify.annotations.NullMarked;
