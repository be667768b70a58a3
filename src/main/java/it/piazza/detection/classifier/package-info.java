/**
 * Internals of the abuse classifier: lexicons, hashed features, the linear model with its calibration,
 * training on labelled comments and the model file format. The public entry point is
 * {@link it.piazza.detection.AbuseClassifier}.
 */
@NullMarked
package it.piazza.detection.classifier;

import org.jspecify.annotations.NullMarked;
