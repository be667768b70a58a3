package it.piazza.policy;

/** What a third party's initiative must be to be published or allowed in comments. */
public enum InitiativeCondition {
    TERRITORIAL, NON_PROFIT, NON_POLITICAL, PUBLIC_INTEREST, PATRONISED
}
