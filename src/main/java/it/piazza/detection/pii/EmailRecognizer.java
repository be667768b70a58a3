package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Locale;

/**
 * E-mail and PEC addresses, found from each at sign outwards (a linear scan, no backtracking): a local
 * part of at most 64 characters, a dotted domain of at most 253 whose labels are well formed, and a
 * top-level domain of letters or an IDN ({@code xn--}) label.
 */
final class EmailRecognizer implements Recognizer {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (!text.hasAt()) {
            return;
        }
        String s = text.original();
        int lastEnd = 0;
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            int start = at;
            while (start > lastEnd && at - start < MAX_LOCAL && isLocalChar(s.charAt(start - 1))) {
                start--;
            }
            while (start < at && !Character.isLetterOrDigit(s.charAt(start))) {
                start++;
            }
            int end = at + 1;
            while (end < s.length() && end - at <= MAX_DOMAIN && isDomainChar(s.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
                end--;
            }
            if (start == at || end == at + 1 || !isDomain(s.substring(at + 1, end))) {
                continue;
            }
            String domain = s.substring(at + 1, end).toLowerCase(Locale.ROOT);
            boolean pec = domain.startsWith("pec.") || domain.contains(".pec.") || domain.contains("legalmail")
                    || domain.contains("postacert");
            out.add(Candidate.of(PersonalDataType.EMAIL, start, end, 0.99,
                    pec ? "PEC address (certified e-mail)" : "e-mail address with a valid domain"));
            lastEnd = end;
        }
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        String tld = labels[labels.length - 1].toLowerCase(Locale.ROOT);
        if (tld.startsWith("xn--")) {
            return tld.length() > 4;
        }
        if (tld.length() < 2) {
            return false;
        }
        for (int i = 0; i < tld.length(); i++) {
            if (!Character.isLetter(tld.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocalChar(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }
}
