package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Locale;

/**
 * E-mail and PEC addresses, found from each at sign outwards (a linear scan, no backtracking): a local
 * part of at most 64 characters, a dotted domain of at most 253 whose labels are well formed, and a
 * top-level domain of letters or an IDN ({@code xn--}) label. The at sign may also be written to hide the
 * address from scrapers: {@code mario.rossi [at] gmail.com}, {@code (at)}, {@code [@]}.
 */
final class EmailRecognizer implements Recognizer {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    /** Ways of writing the at sign to hide an address from scrapers, in lower case. */
    private static final List<String> HIDDEN_AT = List.of("[at]", "(at)", "[@]", "(@)", "{at}");

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (text.hasAt()) {
            String s = text.normalised();
            int lastEnd = 0;
            for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
                lastEnd = addressAround(s, at, at + 1, lastEnd, "", out);
            }
        }
        if (text.lower().indexOf("at") >= 0 || text.lower().indexOf("(@)") >= 0 || text.lower().indexOf("[@]") >= 0) {
            for (String marker : HIDDEN_AT) {
                int lastEnd = 0;
                for (int at = text.lower().indexOf(marker); at >= 0; at = text.lower().indexOf(marker, at + 1)) {
                    int before = at > 0 && text.lower().charAt(at - 1) == ' ' ? at - 1 : at;
                    int after = at + marker.length();
                    after = after < text.lower().length() && text.lower().charAt(after) == ' ' ? after + 1 : after;
                    lastEnd = addressAround(text.normalised(), before, after, lastEnd, " (written as " + marker + ")",
                            out);
                }
            }
        }
    }

    /**
     * Reads the local part before {@code [atStart} and the domain after {@code atEnd)}; adds the address
     * when both are well formed.
     *
     * @return where the address ends, or {@code lastEnd} when there is none
     */
    private static int addressAround(String s, int atStart, int atEnd, int lastEnd, String note,
                                     List<Candidate> out) {
        int start = atStart;
        while (start > lastEnd && atStart - start < MAX_LOCAL && isLocalChar(s.charAt(start - 1))) {
            start--;
        }
        while (start < atStart && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        int end = atEnd;
        while (end < s.length() && end - atEnd < MAX_DOMAIN && isDomainChar(s.charAt(end))) {
            end++;
        }
        while (end > atEnd && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
            end--;
        }
        if (start == atStart || end == atEnd || !isDomain(s.substring(atEnd, end))) {
            return lastEnd;
        }
        String domain = s.substring(atEnd, end).toLowerCase(Locale.ROOT);
        boolean pec = domain.startsWith("pec.") || domain.contains(".pec.") || domain.contains("legalmail")
                || domain.contains("postacert");
        out.add(Candidate.of(PersonalDataType.EMAIL, start, end, 0.99,
                (pec ? "PEC address (certified e-mail)" : "e-mail address with a valid domain") + note));
        return end;
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
