/**
 * The ente's social media policy as data: identity, channels, staffed hours, categories with their
 * actions and clauses, sanctions, contacts, templates, publishing rules. Loading with validation, the five
 * seed presets, version history, and the public policy page.
 */
@NullMarked
package it.piazza.policy;

import org.jspecify.annotations.NullMarked;
