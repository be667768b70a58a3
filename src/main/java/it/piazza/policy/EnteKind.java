package it.piazza.policy;

/** The kind of public administration. */
public enum EnteKind {
    MINISTERO, REGIONE, PROVINCIA, COMUNE, ALTRO
}
