package it.piazza.inbox;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import it.piazza.detection.Intent;
import it.piazza.detection.TriageResult;

/**
 * The ente's answer to one message: where it goes and what the citizen is told.
 *
 * @param classification the triage of the text (intent, confidence, topic, evidence, reasons)
 * @param office where the message is routed: the id of an office of the policy, or the code of a contact kind
 *        ({@code URP}, {@code PEC}, {@code PRESS_OFFICE}, {@code SOCIAL_TEAM}, …), or {@code 112} for an
 *        emergency when the policy names no civil protection office or contact
 * @param staffed whether the message arrived in the ente's staffed hours (holidays and patron day included)
 * @param nextStaffedAt the next staffed instant in the ente's zone (the arrival itself when staffed); null when
 *        the policy has no staffed hours
 * @param reply the Italian reply, filled with the ente's contacts: what a person starts from
 * @param automatic whether the reply goes out at once without a person (emergencies, and outside staffed hours)
 * @param disclosure the policy's statement that an automated assistant is writing, when the reply goes out
 *        automatically and the policy provides for an assistant; null otherwise
 */
public record TriageAnswer(TriageResult classification, String office, boolean staffed,
        @Nullable OffsetDateTime nextStaffedAt, String reply, boolean automatic, @Nullable String disclosure) {

    /** @return what goes out when Piazza sends the reply by itself: the disclosure, when there is one, then the reply */
    public String sent() {
        return disclosure == null ? reply : Triage.join(java.util.List.of(disclosure, reply));
    }

    /** @return the intent of the message */
    public Intent intent() {
        return classification.intent();
    }
}
