package it.piazza.publishing;

/** How much a finding weighs on publishing a draft. */
public enum Severity {
    /** The draft must not be published as it is. */
    BLOCK,
    /** The editor should fix it or confirm it knowingly. */
    WARN,
    /** Advice. */
    INFO
}
