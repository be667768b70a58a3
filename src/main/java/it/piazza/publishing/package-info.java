/**
 * Publishing: the ente's own posts. For now, the checks a draft goes through before it is published
 * ({@link it.piazza.publishing.DraftCheck}): par condicio, personal data and image rights, accessibility,
 * plain language, legal publicity of acts, the content licence, partisan or commercial purposes and shares of
 * personal accounts, each grounded in the law or in the clause of the ente's policy that adopts it. Pure
 * functions of the policy, the draft, the electoral periods and the day: nothing is stored.
 */
@NullMarked
package it.piazza.publishing;

import org.jspecify.annotations.NullMarked;
