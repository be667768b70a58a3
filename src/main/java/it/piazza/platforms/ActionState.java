package it.piazza.platforms;

/** Where an action in the outbox stands. */
public enum ActionState {
    /** waiting for its turn (first attempt, or again after a failure that may pass) */
    PENDING,
    /** claimed by a node and being attempted */
    IN_FLIGHT,
    /** carried out on the platform */
    DONE,
    /** refused by the platform, or still failing after every retry: a person looks at it (dead letter) */
    DEAD,
    /** impossible through the platform's API: a person does it by hand, or decides not to */
    MANUAL,
    /** was {@link #MANUAL}: a person says they carried it out on the platform themselves */
    DONE_BY_HAND,
    /** was {@link #MANUAL}: a person decided it is no longer needed */
    DISMISSED
}
