package it.piazza.detection;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The triage of one private message or public request.
 *
 * @param intent what the citizen wants (one of the inbox codes: never {@link Intent#ASSISTANCE_REQUEST})
 * @param confidence how sure the rules are, in [0, 1]
 * @param topic what the message is about, for routing to an office; null when no topic is recognised
 * @param evidence the spans of text (UTF-16 offsets) the intent and topic rest on
 * @param reasons one short English reason per rule that fired, e.g. {@code EMERGENCY: gas leak}
 */
public record TriageResult(Intent intent, double confidence, @Nullable Topic topic, List<TextSpan> evidence,
        List<String> reasons) {

    public TriageResult {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        evidence = List.copyOf(evidence);
        reasons = List.copyOf(reasons);
    }
}
