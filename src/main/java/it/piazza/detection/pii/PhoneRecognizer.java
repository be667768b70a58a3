package it.piazza.detection.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
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
    /** International numbers have at most 15 digits; an international prefix adds up to 4 ({@code 0039}). */
    private static final int MAX_DIGITS_OF_ONE_NUMBER = 15;

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (text.digits() < MIN_DIGITS) {
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
        double confidence = phone != null ? 0.97 : 0.85;
        if (whole(run, "IT", start, phone, confidence, out)) {
            return;
        }
        int digits = countDigits(run);
        if (digits > MAX_DIGITS_OF_ONE_NUMBER && within(run, start, phone, confidence, out)) {
            return;
        }
        if (phone != null || run.charAt(0) == '+' || run.charAt(0) == '(' || groups(run) >= 3) {
            for (String region : FOREIGN_REGIONS) {
                if (whole(run, region, start, phone, phone != null ? 0.9 : 0.75, out)) {
                    return;
                }
            }
        }
    }

    /** The fast path: the whole run is one valid number (libphonenumber's parser, no matcher). */
    private static boolean whole(String run, String region, int offset, Text.@Nullable Hit context,
                                 double confidence, List<Candidate> out) {
        PhoneNumber number;
        try {
            number = PHONES.parse(run, region);
        } catch (NumberParseException e) {
            return false;
        }
        if (!PHONES.isValidNumber(number)) {
            return false;
        }
        add(number, offset, offset + run.length(), context, confidence, out);
        return true;
    }

    /** The slow path, for runs with more digits than one number: libphonenumber's matcher, region IT. */
    private static boolean within(String run, int offset, Text.@Nullable Hit context, double confidence,
                                  List<Candidate> out) {
        boolean found = false;
        for (PhoneNumberMatch match : PHONES.findNumbers(run, "IT", Leniency.VALID, MAX_TRIES)) {
            found |= add(match.number(), offset + match.start(), offset + match.end(), context, confidence, out);
        }
        return found;
    }

    private static boolean add(PhoneNumber number, int start, int end, Text.@Nullable Hit context,
                               double confidence, List<Candidate> out) {
        PhoneNumberType type = PHONES.getNumberType(number);
        if (SERVICE_TYPES.contains(type)) {
            return false;
        }
        String reason = "phone number valid for " + PHONES.getRegionCodeForNumber(number) + " ("
                + type.name().toLowerCase(Locale.ROOT) + ")" + (context != null ? ", context: " + context.phrase() : "");
        out.add(Candidate.of(PersonalDataType.PHONE, start, end, confidence, reason));
        return true;
    }

    private static int countDigits(String run) {
        int count = 0;
        for (int k = 0; k < run.length(); k++) {
            if (isDigit(run.charAt(k))) {
                count++;
            }
        }
        return count;
    }

    /** How many groups of digits the run has ("415-555-0132" has 3). */
    private static int groups(String run) {
        int count = 0;
        for (int k = 0; k < run.length(); k++) {
            if (isDigit(run.charAt(k)) && (k == 0 || !isDigit(run.charAt(k - 1)))) {
                count++;
            }
        }
        return count;
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
