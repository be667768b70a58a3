package it.piazza.detection;

/**
 * What makes a social post hard to read for a screen reader or for anyone (accessibility rules A3–A8 of
 * {@code docs/italian-pa-rules.md} §6, and the sentence length of the plain-language rules, §7.3).
 */
public enum StyleIssue {
    /** An emoji (one per emoji, however many code points it takes): screen readers read each one's name. */
    EMOJI,
    /** An emoji between two words of the same sentence, where it interrupts the reading or stands for a word. */
    EMOJI_INSIDE_SENTENCE,
    /** A long hashtag written all in lower (or upper) case, so screen readers cannot split its words. */
    HASHTAG_NOT_CAMEL_CASE,
    /** Text written in capitals beyond an acronym. */
    ALL_CAPS,
    /** Unicode "fancy font" letters (mathematical bold or italic, circled, full-width) in place of plain ones. */
    PSEUDO_FONT,
    /** An apostrophe in place of an accent, e.g. {@code perche'} for {@code perché}. */
    APOSTROPHE_FOR_ACCENT,
    /** Link text that does not say where the link goes, e.g. "clicca qui". */
    VAGUE_LINK_TEXT,
    /** A sentence of more than {@value WritingStyle#LONG_SENTENCE} words (plain-language rules, §7.3). */
    LONG_SENTENCE
}
