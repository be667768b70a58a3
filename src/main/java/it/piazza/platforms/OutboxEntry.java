package it.piazza.platforms;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An action in the outbox, as people see it.
 *
 * @param id the action
 * @param enteId the ente
 * @param channelId the channel
 * @param decisionId the decision it carries out, if any
 * @param action what to do
 * @param purpose why (e.g. {@code decision}, or the fallback chosen)
 * @param state where it stands
 * @param attempts how many times it was attempted
 * @param nextAttemptAt when it is attempted next, while pending
 * @param lastError what the platform last answered, when it failed
 * @param reference the platform's id of the result, when done
 * @param createdAt when it was queued
 * @param finishedAt when it was done, dead or handed to a person
 */
public record OutboxEntry(UUID id, String enteId, String channelId, @Nullable UUID decisionId, PlatformAction action,
        String purpose, ActionState state, int attempts, Instant nextAttemptAt, @Nullable String lastError,
        @Nullable String reference, Instant createdAt, @Nullable Instant finishedAt) {
}
