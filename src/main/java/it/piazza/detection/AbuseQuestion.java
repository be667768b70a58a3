package it.piazza.detection;

/** The questions {@link AbuseClassifier} answers with a probability each, in the order of its model's heads. */
public enum AbuseQuestion {
    /** Abusive language of any kind (the label of the training lines). */
    ABUSIVE,
    /** Abusive language against a person: an insult. */
    INSULT,
    /** Abusive language against a protected group: discrimination or hate. */
    HATE
}
