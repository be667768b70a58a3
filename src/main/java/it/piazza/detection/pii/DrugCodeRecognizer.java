package it.piazza.detection.pii;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drug codes (AIC), which are not personal data but look like phone numbers: nine digits with a valid AIC
 * check digit, or any code announced by a drug context ("AIC", "farmaco", "confezione"). Claimed as "not
 * personal data" unless a phone context is nearer than a drug context.
 */
final class DrugCodeRecognizer implements Recognizer {

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}])0\\d{8}(?![\\p{L}\\p{N}])");
    private static final Pattern ANNOUNCED = Pattern.compile("(?<![\\p{L}\\p{N}])[0-9A-Za-z]{5,9}(?![\\p{L}\\p{N}])");
    private static final Set<String> DRUG_WORDS = Set.of("aic", "farmaco", "farmaci", "farmacia", "confezione",
            "medicinale", "medicina");
    private static final int CONTEXT_WINDOW = 40;

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (text.digits() < 5) {
            return;
        }
        Matcher m = NINE_DIGITS.matcher(text.normalised());
        while (text.longestToken() >= 9 && m.find()) {
            if (CheckDigits.isValidDrugCode(m.group())) {
                Text.Hit phone = text.phraseBefore(Contexts.PHONE, m.start(), CONTEXT_WINDOW);
                Text.Hit drug = text.phraseBefore(Contexts.DRUG, m.start(), CONTEXT_WINDOW);
                boolean phoneNearer = phone != null && (drug == null || phone.start() > drug.start());
                out.add(Candidate.notPersonal(m.start(), m.end(), phoneNearer ? 0.5 : 0.9,
                        "drug code (AIC) with valid check digit"));
            }
        }
        if (!text.hasAnyWord(DRUG_WORDS)) {
            return;
        }
        Matcher announced = ANNOUNCED.matcher(text.normalised());
        while (announced.find()) {
            Text.Hit drug = text.phraseBefore(Contexts.DRUG, announced.start(), CONTEXT_WINDOW);
            if (drug != null && hasDigit(announced.group())) {
                out.add(Candidate.notPersonal(announced.start(), announced.end(), 0.95, "context: " + drug.phrase()));
            }
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
