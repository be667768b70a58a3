/**
 * Staff of each ente and what they may do: local accounts for the embedded default, roles scoped to entes.
 */
@NullMarked
package it.piazza.accounts;

import org.jspecify.annotations.NullMarked;
