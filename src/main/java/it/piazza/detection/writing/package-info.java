/** Internals of the writing checks of the detection module: their lexicon resources. */
@NullMarked
package it.piazza.detection.writing;

import org.jspecify.annotations.NullMarked;
