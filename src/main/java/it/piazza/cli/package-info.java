/**
 * The command-line tool of {@code docs/contracts.md}: JSON Lines in, JSON Lines out, no Spring context, so
 * that a run starts fast and prints nothing but its output on standard output.
 */
@NullMarked
package it.piazza.cli;

import org.jspecify.annotations.NullMarked;
