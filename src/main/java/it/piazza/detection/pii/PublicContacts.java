package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ente's own public contacts (office phones, e-mail and PEC addresses, postal addresses, its own
 * codice fiscale or partita IVA), which are never personal data. Contacts are given as written in the
 * policy ("Tel. 039.975.2304 - 039.975.2305", "Via Grigna 13, 20900 Monza") and compared after
 * normalisation; a contact may hold several phone numbers.
 */
final class PublicContacts {

    private static final EmailRecognizer EMAILS = new EmailRecognizer();
    private static final PhoneRecognizer PHONES = new PhoneRecognizer();

    private final Set<String> phones = new HashSet<>();
    private final Set<String> emails = new HashSet<>();
    private final List<String> addresses = new ArrayList<>();
    private final Set<String> codes = new HashSet<>();

    PublicContacts(Collection<String> contacts) {
        for (String contact : contacts) {
            Text text = new Text(contact);
            List<Candidate> found = new ArrayList<>();
            EMAILS.recognize(text, found);
            for (Candidate email : found) {
                emails.add(text.lower().substring(email.start(), email.end()));
            }
            if (!found.isEmpty()) {
                continue;
            }
            List<Candidate> numbers = new ArrayList<>();
            // Without its words ("Ufficio stampa", "Tel."), the contact's numbers are read as plain numbers.
            PHONES.recognize(new Text(contact.replaceAll("\\p{L}", " ")), numbers);
            for (Candidate number : numbers) {
                phones.add(phoneDigits(contact.substring(number.start(), number.end())));
            }
            String digits = phoneDigits(contact);
            if (numbers.isEmpty() && digits.length() >= 5) {
                phones.add(digits);
            }
            String words = words(contact);
            if (words.matches(".*[a-z]{3,}.*[a-z]{3,}.*")) {
                addresses.add(words);
            }
            codes.add(words.replace(" ", ""));
        }
    }

    /** @return whether {@code value}, found as {@code type}, is one of the ente's public contacts */
    boolean contains(PersonalDataType type, String value) {
        return switch (type) {
            case PHONE -> phones.contains(phoneDigits(value));
            case EMAIL -> emails.contains(value.toLowerCase(Locale.ROOT));
            case ADDRESS -> {
                String words = words(value);
                yield addresses.stream().anyMatch(address -> address.contains(words) || words.contains(address));
            }
            default -> codes.contains(words(value).replace(" ", ""));
        };
    }

    boolean isEmpty() {
        return phones.isEmpty() && emails.isEmpty() && addresses.isEmpty() && codes.isEmpty();
    }

    /** Lower-case letters and digits, runs of anything else turned into one space. */
    private static String words(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The national digits of a phone number: digits only, without a {@code +39} or {@code 0039} prefix. */
    static String phoneDigits(String s) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String result = digits.toString();
        if (result.startsWith("0039")) {
            return result.substring(4);
        }
        if (s.strip().startsWith("+39") || (s.contains("+39") && result.startsWith("39"))) {
            return result.substring(2);
        }
        return result;
    }
}
