package it.piazza.platforms;

import java.util.Optional;

/**
 * A platform connector: carries out actions on the platform, with the platform's own request shapes, and
 * turns every answer into an {@link ActionOutcome}. A connector that receives by webhook also implements
 * {@link WebhookReceiver}; one that is polled implements {@link Poller}. Implementations are Spring beans, one
 * package per platform, stateless and thread-safe.
 */
public interface Connector {

    /** @return the connector's id, stored with each connection ({@code facebook}, {@code youtube}, ...) */
    String id();

    /**
     * @return the non-secret settings a connection needs, name to an English description for the console form
     *         (e.g. {@code page_id})
     */
    default java.util.Map<String, String> settings() {
        return java.util.Map.of();
    }

    /**
     * @return the secrets a connection needs, name to description (e.g. {@code access_token}); they are stored
     *         encrypted and never shown again
     */
    default java.util.Map<String, String> secrets() {
        return java.util.Map.of();
    }

    /** @return what the platform's API lets this connection do */
    Capabilities capabilities(ChannelConnection connection);

    /**
     * Carries out one action. Never throws for a platform's answer: every HTTP status and error body is an
     * outcome; an I/O failure is {@link ActionOutcome.RetryLater}.
     *
     * @param idempotencyKey the outbox's key for the action, sent where the platform accepts one
     */
    ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey);

    /**
     * Asked when an earlier attempt's answer was lost (Piazza stopped during the call): looks at the platform
     * to see whether the action took effect, so that it is not carried out twice.
     *
     * @return {@link ActionOutcome.Done} when the platform shows the action done, empty when it shows it not
     *         done or cannot tell (the outbox then attempts it again)
     */
    default Optional<ActionOutcome> confirm(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        return Optional.empty();
    }
}
