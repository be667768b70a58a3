/**
 * What Facebook Pages and Instagram share as Meta platforms: the Graph API's addresses, version and token
 * ({@link it.piazza.platforms.meta.GraphAccount}, {@link it.piazza.platforms.meta.Graph}), its error model
 * turned into outcomes in one place ({@link it.piazza.platforms.meta.GraphErrors}), and the webhook mechanism:
 * the {@code hub.challenge} handshake, the {@code X-Hub-Signature-256} signature over the raw bytes and the
 * payloads of Page {@code feed} comments, Instagram {@code comments} and Messenger / Instagram messages
 * ({@link it.piazza.platforms.meta.MetaWebhooks}). See docs/connectors.md.
 */
@NullMarked
package it.piazza.platforms.meta;

import org.jspecify.annotations.NullMarked;
