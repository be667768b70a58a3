/**
 * Internals of comment analysis: one-pass tokenisation with de-obfuscation, Italian lexicons and phrase
 * rules loaded once from classpath resources, and one detector per group of categories.
 */
@NullMarked
package it.piazza.detection.analysis;

import org.jspecify.annotations.NullMarked;
