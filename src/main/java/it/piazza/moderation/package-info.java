/**
 * Moderation: from a citizen's comment to an accountable decision under the ente's own policy. Interactions
 * stored once, decisions with their statement of reasons, the review queue for people, measures on authors,
 * appeals and the retention of evidence.
 */
@NullMarked
package it.piazza.moderation;

import org.jspecify.annotations.NullMarked;
