/**
 * Facebook Pages through the Graph API (docs/platform-apis.md §1.3, §1.5): comments arrive by the Page's
 * {@code feed} webhook and private messages by Messenger's {@code messages} webhook at
 * {@code /webhooks/{ente}/{channel}}; decisions are carried out with the Page's token.
 * <p>Settings: {@code page_id} (the Page's id; comments and messages the Page itself writes are left out),
 * {@code graph_version} (optional, default {@code v25.0}). Secrets: {@code access_token} (a Page access token
 * with pages_manage_engagement, pages_read_user_content, pages_messaging, pages_manage_posts),
 * {@code app_secret} (signs the deliveries), {@code verify_token} (the handshake's token). The API address
 * defaults to {@code https://graph.facebook.com}.
 */
@NullMarked
package it.piazza.platforms.facebook;

import org.jspecify.annotations.NullMarked;
