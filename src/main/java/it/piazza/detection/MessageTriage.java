package it.piazza.detection;

import it.piazza.detection.triage.TriageRules;

/**
 * Triage of a citizen's private message or public request into the inbox intents of docs/taxonomy.md §3, with
 * a confidence, the topic that decides the competent office, the evidence and the reasons. Italian rules with
 * stems for morphology (see {@code it/piazza/detection/triage/cues.tsv}); emergencies (fire, flood, accident,
 * gas leak, a person in danger, a cry for help) are recognised first and with high recall, but a social or
 * housing "emergenza" is not a 112 emergency. Pure and thread-safe; build once and share.
 */
public final class MessageTriage {

    private static final MessageTriage STANDARD = new MessageTriage(TriageRules.standard());

    private final TriageRules rules;

    private MessageTriage(TriageRules rules) {
        this.rules = rules;
    }

    /** @return the triage with Piazza's bundled Italian rules */
    public static MessageTriage standard() {
        return STANDARD;
    }

    /**
     * @param text the message as the citizen wrote it
     * @return intent, confidence, topic, evidence spans (UTF-16 offsets into {@code text}) and reasons
     */
    public TriageResult classify(String text) {
        return rules.classify(text);
    }
}
