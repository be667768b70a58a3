package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Locale;
import org.iban4j.CountryCode;
import org.iban4j.IbanUtil;
import org.jspecify.annotations.Nullable;

/**
 * IBANs of every country of the IBAN registry, written the way people write them: lower case, a space
 * after the country code or inside it, groups of any size separated by spaces, dots, dashes or slashes.
 * Extraction is tolerant; validation is strict (iban4j): the exact country length, mod 97 and the national
 * check digits where the country has them. An IBAN-shaped string that fails is claimed as "not personal
 * data", so that no phone number or partita IVA is read into its digit groups.
 */
final class IbanRecognizer implements Recognizer {

    /** Longest IBAN of the registry is 34 characters; a little more is read to see over-long strings. */
    private static final int MAX_COMPACT = 40;
    private static final int MIN_COMPACT = 12;
    private static final int MIN_SHAPED = 15;

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (text.digits() < 8) {
            return;
        }
        String s = text.normalised();
        int n = s.length();
        int i = 0;
        while (i < n - 3) {
            int next = i + 1;
            if (isAsciiLetter(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                Candidate candidate = candidateAt(s, i);
                if (candidate != null) {
                    out.add(candidate);
                    if (candidate.type() != null) {
                        next = candidate.end();
                    }
                }
            }
            i = next;
        }
    }

    private static @Nullable Candidate candidateAt(String s, int start) {
        int n = s.length();
        char c1 = s.charAt(start);
        int j = start + 1;
        boolean upper = isAsciiUpper(c1);
        if (upper && j + 1 < n && s.charAt(j) == ' ' && isAsciiUpper(s.charAt(j + 1))) {
            j++;
        }
        char c2 = s.charAt(j);
        if (!isAsciiLetter(c2)) {
            return null;
        }
        upper &= isAsciiUpper(c2);
        j++;
        if (upper && j < n && s.charAt(j) == ' ') {
            j++;
        }
        if (j + 1 >= n || !isDigit(s.charAt(j)) || !isDigit(s.charAt(j + 1))) {
            return null;
        }
        String country = ("" + c1 + c2).toUpperCase(Locale.ROOT);
        CountryCode code = CountryCode.getByCode(country);
        if (code == null || !IbanUtil.isSupportedCountry(code)) {
            return null;
        }
        StringBuilder compact = new StringBuilder(MAX_COMPACT).append(country)
                .append(s.charAt(j)).append(s.charAt(j + 1));
        int[] textEnd = new int[MAX_COMPACT + 1];
        textEnd[4] = j + 2;
        boolean[] boundary = new boolean[MAX_COMPACT + 1];
        j += 2;
        boolean first = true;
        while (compact.length() < MAX_COMPACT) {
            int groupStart;
            if (first && j < n && isAsciiAlphanumeric(s.charAt(j))) {
                groupStart = j;
            } else if (j + 1 < n && isSeparator(s.charAt(j)) && isAsciiAlphanumeric(s.charAt(j + 1))) {
                groupStart = j + 1;
            } else {
                break;
            }
            int groupEnd = groupStart;
            while (groupEnd < n && isAsciiAlphanumeric(s.charAt(groupEnd)) && groupEnd - groupStart <= MAX_COMPACT) {
                groupEnd++;
            }
            if (!first && !isAccountGroup(s, groupStart, groupEnd)) {
                break;
            }
            first = false;
            for (int k = groupStart; k < groupEnd && compact.length() < MAX_COMPACT; k++) {
                compact.append(Character.toUpperCase(s.charAt(k)));
                textEnd[compact.length()] = k + 1;
            }
            if (compact.length() <= MAX_COMPACT) {
                boundary[compact.length()] = true;
            }
            j = groupEnd;
        }
        boundary[4] = true;
        int length = compact.length();
        if (length < MIN_COMPACT) {
            return null;
        }
        int expected = IbanUtil.getIbanLength(code);
        if (expected <= MAX_COMPACT && boundary[expected] && expected <= length) {
            String iban = compact.substring(0, expected);
            if (IbanUtil.isValid(iban) && IbanUtil.isValidWithCountryRules(iban)) {
                return Candidate.of(PersonalDataType.IBAN, start, textEnd[expected], 0.99,
                        "IBAN " + country + ": length, mod-97 and national check digits valid");
            }
            return Candidate.notPersonal(start, textEnd[expected], 0.95,
                    "IBAN-shaped " + country + " with invalid check digits");
        }
        if (length >= MIN_SHAPED) {
            return Candidate.notPersonal(start, textEnd[Math.min(length, MAX_COMPACT)], 0.9,
                    "IBAN-shaped " + country + " of wrong length");
        }
        return null;
    }

    /**
     * A group after a separator belongs to the account when it has a digit, or is short and looks like a
     * bank code or a final check character (upper case, or mostly so).
     */
    private static boolean isAccountGroup(String s, int from, int to) {
        int uppers = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (isDigit(c)) {
                return true;
            }
            if (isAsciiUpper(c)) {
                uppers++;
            }
        }
        return to - from <= 4 && (uppers >= 2 || uppers == to - from);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '/';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetter(char c) {
        return isAsciiUpper(c) || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }
}
