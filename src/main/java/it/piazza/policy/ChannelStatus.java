package it.piazza.policy;

/** Whether an official channel is in use. */
public enum ChannelStatus {
    ACTIVE,
    /** "DISMESSO": listed so that citizens know it was the ente's, no longer managed. */
    DISMISSED
}
