package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers (reported as {@link PersonalDataType#OTHER}): 13 to 19 digits in groups, starting
 * with a card network digit (2–6), with a valid Luhn digit, written in groups or announced as a card (a bare
 * run of digits is too often something else, e.g. an anonymised user id).
 */
final class PaymentCardRecognizer implements Recognizer {

    private static final Pattern SHAPE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[2-6]\\d{3}(?:[ -]?\\d{4}){2}[ -]?\\d{1,7}(?![\\p{L}\\p{N}])");
    private static final Pattern CARD = Pattern.compile("\\b(?:carta|visa|mastercard|bancomat|postepay|amex"
            + "|american express|maestro|prepagata|credito|debito)\\b");

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (text.longestNumber() < 13) {
            return;
        }
        Matcher m = SHAPE.matcher(text.normalised());
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (digits.length() >= 13 && CheckDigits.isLuhnValid(digits)) {
                Text.Hit card = text.phraseBefore(CARD, m.start(), 40);
                if (card == null && digits.length() == m.group().length()) {
                    continue;
                }
                out.add(Candidate.of(PersonalDataType.OTHER, m.start(), m.end(), card != null ? 0.95 : 0.8,
                        "payment card number, Luhn digit valid" + (card != null ? ", context: " + card.phrase() : "")));
            }
        }
    }
}
