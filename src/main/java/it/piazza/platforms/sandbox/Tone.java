package it.piazza.platforms.sandbox;

/** What a citizen's comment or message on a sandbox page is, as the generator writes it. */
enum Tone {
    QUESTION, THANKS, CRITICISM, SARCASM, OFF_TOPIC, INSULT, THREAT, PERSONAL_DATA, SPAM, PROPAGANDA,
    /** private messages */
    REQUEST, COMPLAINT, EMERGENCY;

    /** @return whether the tone is of a private message rather than a public comment */
    boolean isMessage() {
        return this == REQUEST || this == COMPLAINT || this == EMERGENCY;
    }
}
