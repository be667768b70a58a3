package it.piazza.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what makes a social post hard to read aloud (accessibility rules A3–A8 of {@code
 * docs/italian-pa-rules.md} §6): emoji, long hashtags not in CamelCase, capitals, pseudo-font letters,
 * apostrophes in place of accents and vague link text. Pure functions of the text.
 *
 * <p>Heuristics, documented so that an editor can predict them: a hashtag is reported when it has at least
 * {@value #LONG_HASHTAG} letters, at most one capital (or only capitals), and does not end like a single
 * Italian word ({@code -zione}, {@code -mento}, {@code -ità}, …); capitals are reported for a word of at least
 * {@value #LONG_CAPS} capital letters (shorter ones are taken for acronyms such as URP or SPID) or for
 * {@value #CAPS_RUN} capitalised words in a row; a sentence (ended by {@code .}, {@code !}, {@code ?}, {@code …}
 * or a line break) is long above {@value #LONG_SENTENCE} words, links, mentions and hashtags left out.
 */
public final class WritingStyle {

    static final int LONG_HASHTAG = 12;
    static final int LONG_CAPS = 6;
    static final int CAPS_RUN = 3;
    /** Words above which a sentence is long (common plain-language guidance). */
    public static final int LONG_SENTENCE = 25;

    private static final List<String> SINGLE_WORD_ENDINGS = List.of("zione", "zioni", "sione", "sioni", "mento",
            "menti", "ità", "ismo", "ista", "mente", "anza", "enza", "ario", "oria");
    private static final Set<String> CORRECT_APOSTROPHE = Set.of("po", "mo", "di", "fa", "sta", "va", "da", "to");
    private static final Phrases VAGUE_LINKS = Phrases.of(List.of("clicca qui", "cliccate qui", "clicca sul link",
            "cliccate sul link", "clicca il link", "clicca questo link", "premi qui", "tocca qui", "qui il link",
            "link qui", "a questo link", "leggi qui", "link in bio"));

    private WritingStyle() {
    }

    /** @return the style findings of {@code text}, sorted by position */
    public static List<StyleFinding> find(String text) {
        List<StyleFinding> findings = new ArrayList<>();
        emoji(text, findings);
        hashtags(text, findings);
        capitals(text, findings);
        pseudoFonts(text, findings);
        apostrophes(text, findings);
        for (Phrases.Match match : VAGUE_LINKS.find(text)) {
            add(findings, StyleIssue.VAGUE_LINK_TEXT, text, match.span().start(), match.span().end());
        }
        longSentences(text, findings);
        findings.sort(Comparator.comparing(StyleFinding::span));
        return findings;
    }

    /** @return the spans of the emoji of {@code text}, one per emoji (sequences joined, flags paired) */
    public static List<TextSpan> emoji(String text) {
        List<TextSpan> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp) < n ? text.codePointAt(i + Character.charCount(cp)) : -1;
            if (!startsEmoji(cp, next)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            if (isRegionalIndicator(cp) && isRegionalIndicator(next)) {
                i += Character.charCount(next);
            }
            while (i < n) {
                int c = text.codePointAt(i);
                if (c == 0xFE0F || c == 0x20E3 || Character.isEmojiModifier(c) || (c >= 0xE0020 && c <= 0xE007F)) {
                    i += Character.charCount(c);
                } else if (c == 0x200D && i + 1 < n) {
                    i += 1;
                    i += Character.charCount(text.codePointAt(i));
                } else {
                    break;
                }
            }
            spans.add(new TextSpan(start, i));
        }
        return spans;
    }

    private static boolean startsEmoji(int cp, int next) {
        return Character.isEmojiPresentation(cp)
                || (next == 0xFE0F && Character.isExtendedPictographic(cp))
                || (cp >= 0x2600 && Character.isExtendedPictographic(cp));
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static void emoji(String text, List<StyleFinding> findings) {
        for (TextSpan span : emoji(text)) {
            add(findings, StyleIssue.EMOJI, text, span.start(), span.end());
            int before = span.start() - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before)) && text.charAt(before) != '\n') {
                before--;
            }
            int after = span.end();
            while (after < text.length() && Character.isWhitespace(text.charAt(after)) && text.charAt(after) != '\n') {
                after++;
            }
            if (before >= 0 && after < text.length() && Character.isLetterOrDigit(text.charAt(before))
                    && Character.isLowerCase(text.codePointAt(after))) {
                add(findings, StyleIssue.EMOJI_INSIDE_SENTENCE, text, span.start(), span.end());
            }
        }
    }

    private static void hashtags(String text, List<StyleFinding> findings) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != '#' || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                continue;
            }
            int end = i + 1;
            int letters = 0;
            int capitals = 0;
            while (end < n && (Character.isLetterOrDigit(text.codePointAt(end)) || text.charAt(end) == '_')) {
                int cp = text.codePointAt(end);
                if (Character.isLetter(cp)) {
                    letters++;
                    capitals += Character.isUpperCase(cp) ? 1 : 0;
                }
                end += Character.charCount(cp);
            }
            String tag = text.substring(i + 1, end).toLowerCase(Locale.ITALIAN);
            boolean flat = capitals <= 1 || capitals == letters;
            if (letters >= LONG_HASHTAG && flat && SINGLE_WORD_ENDINGS.stream().noneMatch(tag::endsWith)) {
                add(findings, StyleIssue.HASHTAG_NOT_CAMEL_CASE, text, i, end);
            }
            i = end - 1;
        }
    }

    private static void capitals(String text, List<StyleFinding> findings) {
        List<TextSpan> run = new ArrayList<>();
        for (TextSpan word : Phrases.words(text)) {
            if (isCapitalised(word.of(text))) {
                run.add(word);
            } else {
                flushCapitals(text, run, findings);
            }
        }
        flushCapitals(text, run, findings);
    }

    private static boolean isCapitalised(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                return false;
            }
            letters += Character.isUpperCase(cp) ? 1 : 0;
            i += Character.charCount(cp);
        }
        return letters >= 1;
    }

    private static void flushCapitals(String text, List<TextSpan> run, List<StyleFinding> findings) {
        boolean longWord = run.stream()
                .anyMatch(w -> w.of(text).codePoints().filter(Character::isUpperCase).count() >= LONG_CAPS);
        if (run.size() >= CAPS_RUN || longWord) {
            add(findings, StyleIssue.ALL_CAPS, text, run.getFirst().start(), run.getLast().end());
        }
        run.clear();
    }

    private static void pseudoFonts(String text, List<StyleFinding> findings) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isPseudoFont(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            while (i < n) {
                int c = text.codePointAt(i);
                if (isPseudoFont(c)) {
                    i += Character.charCount(c);
                    end = i;
                } else if (c == ' ' || Character.getType(c) == Character.OTHER_PUNCTUATION) {
                    i += 1;
                } else {
                    break;
                }
            }
            add(findings, StyleIssue.PSEUDO_FONT, text, start, end);
            i = end;
        }
    }

    private static boolean isPseudoFont(int cp) {
        return (cp >= 0x1D400 && cp <= 0x1D7FF)            // mathematical alphanumeric symbols
                || (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A)
                || (cp >= 0x24B6 && cp <= 0x24E9)           // circled letters
                || (cp >= 0x1F130 && cp <= 0x1F189);        // squared and negative squared letters
    }

    private static void apostrophes(String text, List<StyleFinding> findings) {
        for (TextSpan word : Phrases.words(text)) {
            int end = word.end();
            if (end >= text.length() || (text.charAt(end) != '\'' && text.charAt(end) != '’')) {
                continue;
            }
            boolean elision = end + 1 < text.length() && Character.isLetter(text.codePointAt(end + 1));
            boolean quoted = word.start() > 0 && "'‘’".indexOf(text.charAt(word.start() - 1)) >= 0;
            String lower = word.of(text).toLowerCase(Locale.ITALIAN);
            char last = lower.charAt(lower.length() - 1);
            if (!elision && !quoted && "aeiou".indexOf(last) >= 0 && !CORRECT_APOSTROPHE.contains(lower)
                    && Character.isLetter(lower.codePointAt(0))) {
                add(findings, StyleIssue.APOSTROPHE_FOR_ACCENT, text, word.start(), end + 1);
            }
        }
    }

    private static void longSentences(String text, List<StyleFinding> findings) {
        int start = 0;
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            boolean end = i == n || text.charAt(i) == '\n' || (".!?…".indexOf(text.charAt(i)) >= 0
                    && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                if (words > LONG_SENTENCE) {
                    while (Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                    add(findings, StyleIssue.LONG_SENTENCE, text, start, i);
                }
                start = i + 1;
                words = 0;
                i++;
                continue;
            }
            if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int tokenEnd = i;
                while (tokenEnd < n && !Character.isWhitespace(text.charAt(tokenEnd))) {
                    tokenEnd++;
                }
                String token = text.substring(i, tokenEnd);
                boolean leftOut = Readability.isLeftOut(token);
                if (!leftOut && token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words++;
                }
                if (leftOut) {
                    i = tokenEnd;
                    continue;
                }
            }
            i++;
        }
    }

    private static void add(List<StyleFinding> findings, StyleIssue issue, String text, int start, int end) {
        findings.add(new StyleFinding(issue, new TextSpan(start, end), text.substring(start, end)));
    }
}
