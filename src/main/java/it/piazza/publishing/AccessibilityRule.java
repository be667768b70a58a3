package it.piazza.publishing;

import it.piazza.detection.StyleFinding;
import it.piazza.detection.StyleIssue;
import it.piazza.policy.PublishingCheck;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accessibility of the post (rules A1, A3–A6, A8 of {@code docs/italian-pa-rules.md} §6; R-ED-4), for every
 * ente: L. 4/2004 and WCAG make alternative text the one blocking rule, the others are house rules that warn.
 *
 * <ul>
 *   <li>{@code ALT_TEXT_MISSING}: an image not marked decorative without alternative text blocks; an
 *       alternative text that says nothing ("foto", a file name) warns;</li>
 *   <li>{@code HASHTAG_CASE}: long hashtags not in CamelCase;</li>
 *   <li>{@code EMOJI_EXCESS}: more than {@value #MAX_EMOJI} emoji, or emoji inside a sentence;</li>
 *   <li>{@code READABILITY}: pseudo-font letters, capitals, apostrophes for accents and vague link text, which
 *       the taxonomy has no code of their own for and which make the text unreadable aloud.</li>
 * </ul>
 */
final class AccessibilityRule implements DraftRule {

    static final int MAX_EMOJI = 2;
    private static final Set<String> EMPTY_ALT = Set.of("immagine", "foto", "fotografia", "image", "img", "photo",
            "picture", "grafica", "locandina", "banner", "logo", "screenshot");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(jpe?g|png|gif|webp|heic|svg)|img[_-]?\\d+.*",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void check(DraftContext context, List<CheckFinding> out) {
        altTexts(context, out);
        List<StyleFinding> style = context.style();
        Grounds grounds = context.grounds();
        List<String> hashtags = texts(style, StyleIssue.HASHTAG_NOT_CAMEL_CASE);
        if (!hashtags.isEmpty()) {
            out.add(grounds.finding(PublishingCheck.HASHTAG_CASE, Severity.WARN, "publishing.hashtagCase",
                    Grounds.quoted(hashtags)));
        }
        int emoji = texts(style, StyleIssue.EMOJI).size();
        if (emoji > MAX_EMOJI) {
            out.add(grounds.finding(PublishingCheck.EMOJI_EXCESS, Severity.WARN, "publishing.emoji.excess", emoji,
                    MAX_EMOJI));
        }
        List<String> inside = texts(style, StyleIssue.EMOJI_INSIDE_SENTENCE);
        if (!inside.isEmpty()) {
            out.add(grounds.finding(PublishingCheck.EMOJI_EXCESS, Severity.WARN, "publishing.emoji.inside",
                    Grounds.quoted(inside)));
        }
        readAloud(style, StyleIssue.PSEUDO_FONT, "publishing.style.pseudoFont", grounds, out);
        readAloud(style, StyleIssue.ALL_CAPS, "publishing.style.allCaps", grounds, out);
        readAloud(style, StyleIssue.APOSTROPHE_FOR_ACCENT, "publishing.style.apostrophe", grounds, out);
        readAloud(style, StyleIssue.VAGUE_LINK_TEXT, "publishing.style.vagueLink", grounds, out);
    }

    private static void altTexts(DraftContext context, List<CheckFinding> out) {
        Grounds grounds = context.grounds();
        List<DraftImage> images = context.draft().images();
        for (int i = 0; i < images.size(); i++) {
            DraftImage image = images.get(i);
            if (image.attests(ImageAttestation.DECORATIVE)) {
                continue;
            }
            String alt = image.alt() == null ? "" : image.alt().strip();
            if (alt.codePoints().noneMatch(Character::isLetterOrDigit)) {
                out.add(grounds.finding(PublishingCheck.ALT_TEXT_MISSING, Severity.BLOCK, "publishing.altText.missing",
                        i + 1));
            } else if (EMPTY_ALT.contains(alt.toLowerCase(Locale.ITALIAN).replaceAll("[.!:]+$", ""))
                    || FILE_NAME.matcher(alt).matches()) {
                out.add(grounds.finding(PublishingCheck.ALT_TEXT_MISSING, Severity.WARN, "publishing.altText.poor",
                        i + 1, alt));
            }
        }
    }

    private static void readAloud(List<StyleFinding> style, StyleIssue issue, String key, Grounds grounds,
            List<CheckFinding> out) {
        List<String> found = texts(style, issue);
        if (!found.isEmpty()) {
            out.add(grounds.finding(PublishingCheck.READABILITY, Severity.WARN, key, Grounds.quoted(found)));
        }
    }

    private static List<String> texts(List<StyleFinding> style, StyleIssue issue) {
        return style.stream().filter(f -> f.issue() == issue).map(StyleFinding::text).toList();
    }
}
