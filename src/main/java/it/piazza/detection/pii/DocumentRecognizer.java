package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers of identity cards (paper, CIE 2.0, CIE 3.0), passports and driving licences. None has a check
 * digit and the paper identity card has the same shape as the passport, so the type comes from the nearest
 * context phrase compared as a phrase ("carta d'identità", "passaporto", "patente di guida"), never from
 * the shape alone; a shape with no context is reported with low confidence as its most common type.
 */
final class DocumentRecognizer implements Recognizer {

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final Pattern SHAPES = Pattern.compile(B + "(?:"
            + "(?<licence>[A-Za-z]{2}\\d{7}[A-Za-z]|[Uu]1[BCDEFGHJKLMNPRSTUWXYZbcdefghjklmnprstuwxyz0-9]{7}[A-Za-z])"
            + "|(?<cie>\\d{7}[A-Za-z]{2}|[A-Za-z]{2}\\d{5}[A-Za-z]{2})"
            + "|(?<paper>(?<letters>[A-Za-z]{2})(?<space> ?)\\d{7})"
            + ")" + E);
    private static final Pattern ID_CARD = Pattern.compile("carta d['’ ]? ?identit|carta di identit|\\bidentit[àa]"
            + "|\\bc\\.? ?i\\.? |\\bcie\\b|\\bdocumento\\b|\\bdocumenti\\b|riconoscimento|espatrio|identity card"
            + "|\\bid card\\b");
    private static final Pattern PASSPORT = Pattern.compile("passaport[oi]|\\bpassport\\b");
    private static final Pattern LICENCE = Pattern.compile("\\bpatent[ei]\\b|licenza di guida|driving licen[cs]e"
            + "|driver'?s? licen[cs]e|\\blicen[cs]e\\b");
    /** Two-letter words that, followed by a space and seven digits, are an article or a preposition. */
    private static final Set<String> SHORT_WORDS = Set.of("il", "lo", "la", "le", "li", "gl", "un", "di", "da", "in",
            "su", "al", "ai", "ad", "ed", "se", "ne", "ci", "vi", "mi", "ti", "si", "tu", "io", "no", "ma", "ho", "ha",
            "è", "on", "at", "to", "of", "is", "or", "an", "by", "my", "me", "we", "it", "as", "be", "do", "go", "so");
    private static final Map<PersonalDataType, Pattern> CONTEXTS = new EnumMap<>(Map.of(
            PersonalDataType.ID_CARD, ID_CARD, PersonalDataType.PASSPORT, PASSPORT,
            PersonalDataType.DRIVER_LICENSE, LICENCE));
    private static final int WINDOW_BEFORE = 50;
    private static final int WINDOW_AFTER = 25;

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (text.digits() < 5 || text.longestToken() < 7) {
            return;
        }
        Matcher m = SHAPES.matcher(text.normalised());
        while (m.find()) {
            Context context = context(text, m.start(), m.end());
            Text.Hit other = text.phraseBefore(Contexts.OTHER_NUMBER, m.start(), 25);
            if (context == null && other != null && !isDocumentWord(other.phrase())) {
                continue;
            }
            Candidate candidate = m.group("licence") != null ? licence(m, context)
                    : m.group("cie") != null ? cie(m, context)
                    : paper(m, context);
            if (candidate != null) {
                out.add(candidate);
            }
        }
    }

    private static boolean isDocumentWord(String phrase) {
        return phrase.equals("documento") || phrase.equals("carta") || phrase.equals("passaporto")
                || phrase.equals("patente");
    }

    private static Candidate licence(Matcher m, @Nullable Context context) {
        return context != null && context.type == PersonalDataType.DRIVER_LICENSE
                ? Candidate.of(PersonalDataType.DRIVER_LICENSE, m.start(), m.end(), 0.95, context.reason())
                : Candidate.of(PersonalDataType.DRIVER_LICENSE, m.start(), m.end(), 0.7,
                        "shape of a driving licence number");
    }

    private static Candidate cie(Matcher m, @Nullable Context context) {
        return context != null && context.type == PersonalDataType.ID_CARD
                ? Candidate.of(PersonalDataType.ID_CARD, m.start(), m.end(), 0.95, context.reason())
                : Candidate.of(PersonalDataType.ID_CARD, m.start(), m.end(), 0.7,
                        "shape of an electronic identity card (CIE) number");
    }

    private static @Nullable Candidate paper(Matcher m, @Nullable Context context) {
        if (context != null) {
            return Candidate.of(context.type, m.start(), m.end(), context.type == PersonalDataType.DRIVER_LICENSE
                    ? 0.8 : 0.95, context.reason());
        }
        String letters = m.group("letters").toLowerCase(Locale.ROOT);
        if (!m.group("space").isEmpty() && SHORT_WORDS.contains(letters)) {
            return null;
        }
        return Candidate.of(PersonalDataType.ID_CARD, m.start(), m.end(), 0.55,
                "shape of an identity card or passport number");
    }

    private static @Nullable Context context(Text text, int start, int end) {
        Context best = null;
        for (PersonalDataType type : CONTEXTS.keySet()) {
            Text.Hit hit = text.phraseBefore(CONTEXTS.get(type), start, WINDOW_BEFORE);
            if (hit != null && (best == null || hit.start() > best.hit().start())) {
                best = new Context(type, hit);
            }
        }
        if (best != null) {
            return best;
        }
        for (PersonalDataType type : CONTEXTS.keySet()) {
            Text.Hit hit = text.phraseAfter(CONTEXTS.get(type), end, WINDOW_AFTER);
            if (hit != null && (best == null || hit.start() < best.hit().start())) {
                best = new Context(type, hit);
            }
        }
        return best;
    }

    private record Context(PersonalDataType type, Text.Hit hit) {

        String reason() {
            return "context: " + hit.phrase();
        }
    }
}
