package it.piazza.publishing;

import java.util.List;

/** One family of checks on a draft. */
sealed interface DraftRule permits ParCondicioRule, PrivacyRule, AccessibilityRule, PlainLanguageRule,
        PurposeRule, PublicationRule {

    /** Adds to {@code out} what this rule finds in the draft of {@code context}. */
    void check(DraftContext context, List<CheckFinding> out);
}
