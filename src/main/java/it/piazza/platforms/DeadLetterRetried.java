package it.piazza.platforms;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published when a person puts a dead letter back in the queue, after fixing its cause (the audit log records
 * who).
 *
 * @param actionId the outbox action
 * @param enteId the ente
 * @param channelId the channel
 * @param decisionId the decision it carries out, if any
 * @param kind what is to be done
 * @param targetId the platform's id of the target
 * @param by the person's username
 */
public record DeadLetterRetried(UUID actionId, String enteId, String channelId, @Nullable UUID decisionId,
        ActionKind kind, String targetId, String by) {
}
