/** Reading policy files: YAML nodes with their positions, turned into problems a person can act on. */
@NullMarked
package it.piazza.policy.internal;

import org.jspecify.annotations.NullMarked;
