/**
 * Internals of the personal data detector: one recognizer per kind of data, the check-digit rules, the
 * context phrases, the ente's public contacts and the arbiter that settles overlapping candidates once.
 * Only {@link it.piazza.detection.pii.PersonalDataScanner} is used from outside this package.
 */
@NullMarked
package it.piazza.detection.pii;

import org.jspecify.annotations.NullMarked;
