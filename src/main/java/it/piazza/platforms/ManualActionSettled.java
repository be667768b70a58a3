package it.piazza.platforms;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published when a person settles an action the platform's API could not carry out: they did it on the
 * platform themselves, or decided it is no longer needed (the audit log records it).
 *
 * @param actionId the outbox action
 * @param enteId the ente
 * @param channelId the channel
 * @param decisionId the decision it carried out, if any
 * @param kind what was to be done
 * @param targetId the platform's id of the target
 * @param doneByHand true when the person carried it out, false when they dismissed it
 * @param by the person's username
 */
public record ManualActionSettled(UUID actionId, String enteId, String channelId, @Nullable UUID decisionId,
        ActionKind kind, String targetId, boolean doneByHand, String by) {
}
