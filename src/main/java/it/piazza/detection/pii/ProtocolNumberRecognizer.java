package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of a protocol, a file (pratica), an application (istanza, domanda), a dossier or a fine
 * (verbale): a code with at least three digits right after the announcing word and an optional "n.",
 * "nr.", "numero", "n°". A date, a year or an amount ("domanda: 2.500 euro") after the word is not a number.
 */
final class ProtocolNumberRecognizer implements Recognizer {

    private static final Set<String> TRIGGERS = Set.of("protocollo", "prot", "pratica", "istanza", "domanda",
            "fascicolo", "verbale", "protocollata", "protocollato");
    private static final Pattern NUMBER = Pattern.compile("(?iu)\\b(?<word>protocollo|prot\\.?|pratica|istanza"
            + "|domanda|fascicolo|verbale|protocollat[ao])(?: (?-i:[A-Z]{2,6})| edilizia| edilizio)?"
            + "(?: (?:di |del |della )?(?:protocollo|prot\\.?|pratica|istanza|domanda))?"
            + "(?: ?(?:n\\.?|nr\\.?|num\\.?|numero|n°|nº|no\\.|#|:|n\\. ?ro|con (?:il )?n(?:umero|\\.)))? ?:? ?"
            + "(?<code>[A-Za-z0-9](?:[A-Za-z0-9]|[/\\-.](?=[A-Za-z0-9])){2,30})(?![\\p{L}\\p{N}])");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("^ ?(?:euro|eur|€)");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}");

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (!text.hasDigit() || !text.hasAnyWord(TRIGGERS)) {
            return;
        }
        Matcher m = NUMBER.matcher(text.normalised());
        while (m.find()) {
            String code = m.group("code");
            if (digits(code) >= 3 && !DATE.matcher(code).matches() && !YEAR.matcher(code).matches()
                    && !AMOUNT.matcher(code).matches() && text.phraseAfter(CURRENCY, m.end("code"), 8) == null) {
                out.add(Candidate.of(PersonalDataType.PROTOCOL_NUMBER, m.start("code"), m.end("code"), 0.9,
                        "context: " + m.group("word").toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static int digits(String code) {
        int count = 0;
        for (int i = 0; i < code.length(); i++) {
            if (Character.isDigit(code.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
