package it.piazza.policy;

import org.jspecify.annotations.Nullable;

/**
 * When the ente bans (blocks) an author.
 *
 * @param allowed whether the policy foresees bans at all
 * @param fakeAccounts bans plainly fake accounts
 * @param repeatOffenders bans who violates the rules repeatedly
 * @param strikes how many unexpired violations make a repeat offender
 * @param clause the verbatim sentence, required when allowed
 */
public record Ban(boolean allowed, boolean fakeAccounts, boolean repeatOffenders, int strikes,
        @Nullable String clause) {
}
