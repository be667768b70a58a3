/**
 * Platform connectors: comments and messages received from the ente's channels (webhooks and polling) and the
 * moderation engine's decisions carried out there through a durable action outbox. A {@link Connector}
 * declares what its platform allows as {@link Capabilities}; {@link ActionPlan} picks a fallback where an
 * action is impossible. One package per platform; {@code sandbox} simulates the ente's pages inside Piazza.
 * See docs/design/009-connectors-and-outbox.md.
 */
@NullMarked
package it.piazza.platforms;

import org.jspecify.annotations.NullMarked;
