package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codici fiscali of persons: the 16-character grammar with omocodia letters, in any case, as a whole word
 * (optionally split by single spaces or dashes into the surname, name, birth and place groups);
 * reported only when month, day and check character are valid. A code with a wrong check character is
 * claimed as "not personal data" (the contract counts identifiers only with a right check digit).
 */
final class FiscalCodeRecognizer implements Recognizer {

    private static final String DIGIT = "[0-9LMNPQRSTUVlmnpqrstuv]";
    /** The grammar, with one optional space or dash where people split the code (RSS MRA 45C12 F205C). */
    private static final Pattern SHAPE = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z]{3}[ -]?[A-Za-z]{3}[ -]?"
            + DIGIT + "{2}[A-Za-z]" + DIGIT + "{2}[ -]?[A-Za-z]" + DIGIT + "{3}[A-Za-z](?![\\p{L}\\p{N}])");

    @Override
    public void recognize(Text text, List<Candidate> out) {
        boolean whole = text.longestToken() >= 16;
        boolean split = text.digits() >= 4 && text.longestToken() >= 5;
        if (!whole && !split) {
            return;
        }
        Matcher m = SHAPE.matcher(text.normalised());
        while (m.find()) {
            String code = m.group().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
            if (CheckDigits.isValidFiscalCode(code)) {
                String reason = CheckDigits.isOmocode(code)
                        ? "codice fiscale (omocodia): date and check character valid"
                        : "codice fiscale: date and check character valid";
                out.add(Candidate.of(PersonalDataType.CODICE_FISCALE, m.start(), m.end(), 0.99, reason));
            } else {
                out.add(Candidate.notPersonal(m.start(), m.end(), 0.95, "codice fiscale with invalid check character"));
            }
        }
    }
}
