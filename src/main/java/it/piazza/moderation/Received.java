package it.piazza.moderation;

/**
 * The outcome of receiving an interaction.
 *
 * @param interaction the stored interaction
 * @param decision its latest decision
 * @param duplicate whether it had been received before (nothing new was stored)
 */
public record Received(Interaction interaction, Decision decision, boolean duplicate) {
}
