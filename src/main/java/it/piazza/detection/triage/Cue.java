package it.piazza.detection.triage;

import java.util.regex.Pattern;

/**
 * One rule of the triage: a pattern over folded text and what a match adds.
 *
 * @param kind whether it adds to an intent, calms an emergency, or adds to a topic
 * @param code the intent or topic code
 * @param weight what one match adds (counted once per message)
 * @param reason a short English reason, shown with the result
 * @param pattern the compiled pattern, anchored at a word start
 */
record Cue(Kind kind, String code, double weight, String reason, Pattern pattern) {

    /** What a cue contributes to. */
    enum Kind {
        /** adds to the score of the intent {@code code} */
        INTENT,
        /** subtracts from the score of the intent {@code code} (chronic or past problems, for emergencies) */
        CALM,
        /** adds to the score of the topic {@code code} */
        TOPIC
    }
}
