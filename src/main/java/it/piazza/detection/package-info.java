/**
 * Pure text analysis of Italian comments and messages: personal data, abusive language, spam, relevance,
 * intents, readability. Depends on nothing else of Piazza, keeps no state in storage, and can be
 * benchmarked and reused alone.
 */
@NullMarked
package it.piazza.detection;

import org.jspecify.annotations.NullMarked;
