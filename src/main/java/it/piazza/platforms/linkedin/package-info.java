/**
 * LinkedIn organization pages (docs/platform-apis.md §6), declared small and honest: comments arrive by polling
 * the comments of the posts named in the settings ({@code socialActions/{post}/comments}) or, for apps approved
 * for webhooks, by {@code ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS} (handshake {@code challengeCode} answered
 * with the hex HMAC-SHA256 of the code; deliveries verified by {@code X-LI-Signature}). The only action is the
 * public reply through the Comments API: LinkedIn has no hide, block or private message API, and deletes only
 * the organization's own comments, so every other decision goes to a person. Every call carries
 * {@code LinkedIn-Version} and {@code X-Restli-Protocol-Version: 2.0.0}.
 * <p>
 * Settings: {@code organization_urn} ({@code urn:li:organization:123}), {@code post_urns} (comma-separated post
 * URNs to poll, may be empty when webhooks deliver), optional {@code version} (LinkedIn-Version,
 * {@code YYYYMM}). Secrets: {@code access_token} (scopes {@code r/w_organization_social_feed}),
 * {@code client_secret} (the app's, for webhooks).
 */
@NullMarked
package it.piazza.platforms.linkedin;

import org.jspecify.annotations.NullMarked;
