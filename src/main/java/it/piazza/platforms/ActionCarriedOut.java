package it.piazza.platforms;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published when a platform carried out an action (the audit log records it).
 *
 * @param actionId the outbox action
 * @param enteId the ente
 * @param channelId the channel
 * @param decisionId the decision it carried out, if any
 * @param kind what was done
 * @param targetId the platform's id of the target
 * @param reference the platform's id of the result
 */
public record ActionCarriedOut(UUID actionId, String enteId, String channelId, @Nullable UUID decisionId,
        ActionKind kind, String targetId, String reference) {
}
