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
 * with region IT ({@code +39} and {@code 0039} included, and any number written with a {@code +}), then,
 * for runs announced as a phone number, with the regions foreign numbers in Italian comments most often
 * come from, and for runs in the North American layout with region US. Toll-free,
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
    /** A figure with thousands separators anywhere in the run: "1.200", "49.000.000". */
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.])[1-9]\\d{0,2}(?:\\.\\d{3})+(?![\\d.])");
    /** The North American layout, the one foreign layout common enough to accept without a phone word. */
    private static final Pattern NORTH_AMERICAN = Pattern.compile("\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]\\d{4}");
    /** Phrases that make the number the writer's own (or another private person's). */
    private static final Pattern PERSONAL = Pattern.compile("\\b(?:(?:il )?mio (?:numero|cell|cellulare|telefono"
            + "|tel|fisso|recapito|whatsapp)|chiamami|chiamatemi|richiamami|richiamatemi|contattami|contattatemi"
            + "|scrivimi|scrivetemi|telefonatemi|mi trovate|numero di (?:mio|mia)|di casa)\\b");
    /** Phrases that make the number a public office's: never personal data. */
    private static final Pattern OFFICE = Pattern.compile("\\b(?:comune|municipio|sportello|ufficio|uffici|urp"
            + "|contact center|call center|centralino|protezione civile|polizia|carabinieri|vigili|polizia locale"
            + "|questura|prefettura|asl|ats|ospedale|pronto soccorso|guardia medica|anagrafe|inps|numero verde"
            + "|segreteria|biblioteca|regione|provincia|ministero|caserma)\\b");
    /** Phrases of an advertisement: the number is a business's, reported with low confidence. */
    private static final Pattern BUSINESS = Pattern.compile("\\b(?:chiamaci|contattaci|scrivici|telefonaci"
            + "|prenota|prenotate|prenotazioni|preventivi|preventivo|ordina|ordinate|offerta|promo|sconto|agenzia"
            + "|negozio|corsi|lezioni|consegna a domicilio)\\b");
    private static final int OWNER_WINDOW = 80;
    private static final int OWNER_AFTER = 30;
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
        String s = text.normalised();
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
        String s = text.normalised();
        String run = s.substring(start, end);
        if (DATE.matcher(run).matches() || AMOUNT.matcher(run).find()) {
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
        Text.Hit owner = nearest(text.phraseBefore(PERSONAL, start, OWNER_WINDOW),
                text.phraseBefore(OFFICE, start, OWNER_WINDOW), text.phraseBefore(BUSINESS, start, OWNER_WINDOW));
        Text.Hit personalAfter = text.phraseAfter(PERSONAL, end, OWNER_AFTER);
        if (personalAfter != null) {
            owner = personalAfter;
        }
        String ownerPhrase = owner == null ? "" : owner.phrase();
        if (owner != null && OFFICE.matcher(ownerPhrase).matches()) {
            out.add(Candidate.notPersonal(start, end, 0.9, "number of a public office, context: " + ownerPhrase));
            return;
        }
        boolean business = owner != null && BUSINESS.matcher(ownerPhrase).matches();
        String note = business ? ", business number in an advertisement, context: " + ownerPhrase
                : phone != null ? ", context: " + phone.phrase() : "";
        double confidence = business ? 0.6 : phone != null ? 0.97 : 0.85;
        if (whole(run, "IT", start, note, confidence, out)) {
            return;
        }
        int digits = countDigits(run);
        if (digits > MAX_DIGITS_OF_ONE_NUMBER && within(run, start, note, confidence, out)) {
            return;
        }
        if (phone != null) {
            for (String region : FOREIGN_REGIONS) {
                if (whole(run, region, start, note, business ? 0.6 : 0.9, out)) {
                    return;
                }
            }
        } else if (NORTH_AMERICAN.matcher(run).matches()) {
            whole(run, "US", start, note, business ? 0.6 : 0.75, out);
        }
    }

    /** The phrase nearest before the number, of those found. */
    private static Text.@Nullable Hit nearest(Text.@Nullable Hit... hits) {
        Text.Hit best = null;
        for (Text.Hit hit : hits) {
            if (hit != null && (best == null || hit.start() > best.start())) {
                best = hit;
            }
        }
        return best;
    }

    /** The fast path: the whole run is one valid number (libphonenumber's parser, no matcher). */
    private static boolean whole(String run, String region, int offset, String note, double confidence,
                                 List<Candidate> out) {
        PhoneNumber number;
        try {
            number = PHONES.parse(run, region);
        } catch (NumberParseException e) {
            return false;
        }
        if (!PHONES.isValidNumber(number)) {
            return false;
        }
        add(number, offset, offset + run.length(), note, confidence, out);
        return true;
    }

    /** The slow path, for runs with more digits than one number: libphonenumber's matcher, region IT. */
    private static boolean within(String run, int offset, String note, double confidence, List<Candidate> out) {
        boolean found = false;
        for (PhoneNumberMatch match : PHONES.findNumbers(run, "IT", Leniency.VALID, MAX_TRIES)) {
            found |= add(match.number(), offset + match.start(), offset + match.end(), note, confidence, out);
        }
        return found;
    }

    private static boolean add(PhoneNumber number, int start, int end, String note, double confidence,
                               List<Candidate> out) {
        PhoneNumberType type = PHONES.getNumberType(number);
        if (SERVICE_TYPES.contains(type)) {
            return false;
        }
        String reason = "phone number valid for " + PHONES.getRegionCodeForNumber(number) + " ("
                + type.name().toLowerCase(Locale.ROOT) + ")" + note;
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
