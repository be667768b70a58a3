package it.piazza.detection.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import it.piazza.detection.PersonalDataType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Telephone numbers, validated with libphonenumber's metadata. The text is first cut into runs of digits
 * and phone punctuation (a linear scan); only runs with six or more digits reach libphonenumber, first
 * with region IT ({@code +39} and {@code 0039} included), then, for runs formatted as a phone number or
 * announced as one, with the regions foreign numbers in Italian comments most often come from. Toll-free,
 * premium and shared-cost numbers are services, not persons, and are left out; so are dates, amounts and
 * runs announced as another kind of number (ticket, file, invoice, drug code).
 */
final class PhoneRecognizer implements Recognizer {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final List<String> FOREIGN_REGIONS =
            List.of("US", "GB", "DE", "FR", "ES", "CH", "AT", "BE", "NL", "GR", "IL", "IN", "BR", "JP", "CN");
    private static final Set<PhoneNumberType> SERVICE_TYPES = EnumSet.of(PhoneNumberType.TOLL_FREE,
            PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN,
            PhoneNumberType.VOICEMAIL);
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
    private static final Pattern AMOUNT = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+");
    private static final int MIN_DIGITS = 6;
    private static final int MAX_RUN = 48;
    private static final int MAX_SEPARATORS_IN_A_ROW = 3;
    private static final int CONTEXT_WINDOW = 40;
    private static final long MAX_TRIES = 8;

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (!text.hasDigit()) {
            return;
        }
        String s = text.original();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isDigit(c) && c != '+' && c != '(') {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int digits = 0;
            int separatorsInARow = 0;
            int j = i;
            while (j < n && separatorsInARow <= MAX_SEPARATORS_IN_A_ROW) {
                char d = s.charAt(j);
                if (isDigit(d)) {
                    digits++;
                    separatorsInARow = 0;
                    end = j + 1;
                } else if (isPunctuation(d)) {
                    separatorsInARow++;
                    if (d == ')') {
                        end = j + 1;
                    }
                } else {
                    break;
                }
                j++;
            }
            if (digits >= MIN_DIGITS && end - start <= MAX_RUN) {
                run(text, start, end, out);
            }
            i = Math.max(j, i + 1);
        }
    }

    private void run(Text text, int start, int end, List<Candidate> out) {
        String s = text.original();
        String run = s.substring(start, end);
        if (DATE.matcher(run).matches() || AMOUNT.matcher(run).matches()) {
            return;
        }
        boolean formatted = isFormatted(run);
        if (end < s.length() && Character.isLetter(s.charAt(end))) {
            return;
        }
        if (start > 0 && Character.isLetter(s.charAt(start - 1))
                && (!formatted || !Character.isLowerCase(s.charAt(start - 1)))) {
            return;
        }
        Text.Hit phone = text.phraseBefore(Contexts.PHONE, start, CONTEXT_WINDOW);
        Text.Hit other = text.phraseBefore(Contexts.OTHER_NUMBER, start, CONTEXT_WINDOW);
        if (other != null && (phone == null || other.start() > phone.start())) {
            return;
        }
        if (find(run, "IT", start, phone, 0.85, out)) {
            return;
        }
        if (formatted || phone != null) {
            for (String region : FOREIGN_REGIONS) {
                if (find(run, region, start, phone, 0.75, out)) {
                    return;
                }
            }
        }
    }

    private boolean find(String run, String region, int offset, Text.@Nullable Hit context, double base,
                         List<Candidate> out) {
        boolean found = false;
        for (PhoneNumberMatch match : PHONES.findNumbers(run, region, Leniency.VALID, MAX_TRIES)) {
            PhoneNumberType type = PHONES.getNumberType(match.number());
            if (SERVICE_TYPES.contains(type)) {
                continue;
            }
            String where = PHONES.getRegionCodeForNumber(match.number());
            String reason = "phone number valid for " + where + " (" + type.name().toLowerCase(Locale.ROOT) + ")"
                    + (context != null ? ", context: " + context.phrase() : "");
            double confidence = context != null ? 0.97 : base;
            out.add(Candidate.of(PersonalDataType.PHONE, offset + match.start(), offset + match.end(), confidence,
                    reason));
            found = true;
        }
        return found;
    }

    /** A run is formatted like a phone number when it has a plus sign, parentheses or inner separators. */
    private static boolean isFormatted(String run) {
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            if (c == '+' || c == '(' || ((c == '-' || c == ' ' || c == '.' || c == '/') && k > 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuation(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')' || c == '+';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
