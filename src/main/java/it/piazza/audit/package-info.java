/**
 * The append-only, hash-chained audit log: every decision, human action and policy change of an ente, one
 * chain per ente, and its verification (a changed, removed or truncated entry breaks the chain).
 */
@NullMarked
package it.piazza.audit;

import org.jspecify.annotations.NullMarked;
