/** Reports that read the other modules' records: the transparency report of an ente's moderation. */
@NullMarked
package it.piazza.reporting;

import org.jspecify.annotations.NullMarked;
