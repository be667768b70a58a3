/**
 * Instagram professional accounts through the Graph API (docs/platform-apis.md §1.4, §1.5): comments arrive
 * by the {@code comments} webhook and direct messages by the {@code messages} webhook at
 * {@code /webhooks/{ente}/{channel}}; decisions are carried out with the account's token. Instagram's API has
 * no block: a ban is handed to a person, and Piazza hides the banned author's further comments.
 * <p>Settings: {@code ig_user_id} (the professional account's id; what it writes itself is left out),
 * {@code graph_version} (optional, default {@code v25.0}), {@code page_id} (optional, with Facebook Login: the
 * linked Page, which then sends the private messages). Secrets: {@code access_token} (with
 * instagram_business_manage_comments, instagram_business_manage_messages,
 * instagram_business_content_publish), {@code app_secret}, {@code verify_token}. The API address defaults to
 * {@code https://graph.instagram.com} (Instagram API with Instagram Login); with Facebook Login set it to
 * {@code https://graph.facebook.com}.
 */
@NullMarked
package it.piazza.platforms.instagram;

import org.jspecify.annotations.NullMarked;
