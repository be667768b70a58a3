package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partite IVA: exactly 11 digits forming a whole digit run (at most one of {@code " -_."} between two
 * digits), with an optional {@code IT} prefix left out of the span. Reported when the Luhn digit and the
 * office code are valid; the confidence depends on the context, so that the arbiter can prefer a phone
 * number announced as such. An invalid number announced as a partita IVA is claimed as "not personal data".
 */
final class VatNumberRecognizer implements Recognizer {

    private static final Pattern SHAPE = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}])(?<prefix>[Ii][Tt]) ?[-:]? ?|(?<![\\p{L}\\p{N}+]))(?<!\\p{N}[ \\-_.])"
                    + "(?<number>\\d(?:[ \\-_.]?\\d){10})(?![ \\-_.]?\\p{N})(?!\\p{L})");
    private static final int CONTEXT_WINDOW = 40;

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (text.longestNumber() < 11) {
            return;
        }
        Matcher m = SHAPE.matcher(text.normalised());
        while (m.find()) {
            int start = m.start("number");
            int end = m.end("number");
            String digits = m.group("number").replaceAll("[ \\-_.]", "");
            boolean prefixed = m.group("prefix") != null;
            Text.Hit vat = text.phraseBefore(Contexts.VAT, start, CONTEXT_WINDOW);
            Text.Hit phone = text.phraseBefore(Contexts.PHONE, start, CONTEXT_WINDOW);
            boolean announced = prefixed || vat != null;
            if (CheckDigits.isValidVatNumber(digits)) {
                String reason = "partita IVA: check digit and office code valid";
                if (prefixed) {
                    out.add(Candidate.of(PersonalDataType.PARTITA_IVA, start, end, 0.99, reason + ", prefix IT"));
                } else if (vat != null && (phone == null || vat.start() > phone.start())) {
                    out.add(Candidate.of(PersonalDataType.PARTITA_IVA, start, end, 0.99,
                            reason + ", context: " + vat.phrase()));
                } else if (phone != null) {
                    out.add(Candidate.of(PersonalDataType.PARTITA_IVA, start, end, 0.6,
                            reason + ", but context: " + phone.phrase()));
                } else {
                    out.add(Candidate.of(PersonalDataType.PARTITA_IVA, start, end, 0.9, reason));
                }
            } else if (announced) {
                out.add(Candidate.notPersonal(start, end, 0.9, "announced partita IVA with invalid check digit"));
            }
        }
    }
}
