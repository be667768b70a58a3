package it.piazza.inbox;

import it.piazza.detection.Intent;
import it.piazza.detection.Topic;
import it.piazza.moderation.InteractionKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's message in a conversation, with its triage.
 *
 * @param id Piazza's id
 * @param interactionId the stored interaction of the moderation engine
 * @param platformId the platform's id of the message (what a reply answers)
 * @param kind private message, comment or reply
 * @param text the text
 * @param receivedAt when Piazza received it
 * @param intent the triage intent
 * @param confidence how sure the triage is, in [0, 1]
 * @param topic the topic that chose the office, or null
 * @param office where it was routed
 * @param emergency whether it was an emergency
 * @param staffed whether it arrived in the staffed hours
 * @param evidence the words of the message the triage rests on, in Italian as the citizen wrote them
 * @param reasons the triage's reasons, one per rule that fired (short English, for the technical trace)
 */
public record InboundMessage(UUID id, UUID interactionId, String platformId, InteractionKind kind, String text,
        Instant receivedAt, Intent intent, double confidence, @Nullable Topic topic, String office,
        boolean emergency, boolean staffed, List<String> evidence, List<String> reasons) {

    public InboundMessage {
        evidence = List.copyOf(evidence);
        reasons = List.copyOf(reasons);
    }
}
