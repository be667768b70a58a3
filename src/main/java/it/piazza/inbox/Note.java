package it.piazza.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An internal note on a conversation: staff only, never sent to the citizen.
 *
 * @param id Piazza's id
 * @param author who wrote it
 * @param text the note
 * @param writtenAt when
 */
public record Note(UUID id, String author, String text, Instant writtenAt) {
}
