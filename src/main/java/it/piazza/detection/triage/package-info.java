/**
 * Internals of message triage: a length-preserving folding of Italian text, weighted cues per intent and per
 * topic (regular expressions over word stems, so that inflected forms match), and the decision that turns the
 * scores into one intent.
 */
@NullMarked
package it.piazza.detection.triage;

import org.jspecify.annotations.NullMarked;
