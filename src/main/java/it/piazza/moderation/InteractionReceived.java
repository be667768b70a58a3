package it.piazza.moderation;

import it.piazza.detection.IntentFinding;
import java.util.List;

/**
 * Published, in the receiving transaction, once for every newly stored interaction (never for a repeated
 * platform id), after its automated decision: the inbox takes private messages and the public requests from
 * it.
 *
 * @param interaction the stored interaction, with its state after the automated decision
 * @param intents the intents the comment analysis found ({@code ASSISTANCE_REQUEST}, {@code COMPLAINT}),
 *        strongest first; empty when none
 */
public record InteractionReceived(Interaction interaction, List<IntentFinding> intents) {

    public InteractionReceived {
        intents = List.copyOf(intents);
    }
}
