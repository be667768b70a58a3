package it.piazza.detection;

import it.piazza.detection.pii.PersonalDataScanner;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Finds and redacts personal data in Italian comments: identifiers verified by their check digits (codice
 * fiscale, partita IVA, IBAN), phone numbers, e-mail and PEC addresses, identity documents, plates,
 * protocol numbers, and the contextual kinds (home address, full names, health data, minors). Where
 * recognizers disagree about a span, one arbiter decides once, so findings never overlap.
 *
 * <p>Immutable and thread-safe: build once, share everywhere. No storage, no Spring.
 *
 * <pre>{@code
 * PersonalDataDetector detector = PersonalDataDetector.withPublicContacts(List.of("Tel. 039.975.2304"));
 * detector.redact("Chiamatemi al 333 123 4567");   // "Chiamatemi al [PHONE]"
 * }</pre>
 */
public final class PersonalDataDetector {

    private static final PersonalDataDetector STANDARD = new PersonalDataDetector(List.of());

    private final PersonalDataScanner scanner;

    private PersonalDataDetector(Collection<String> publicContacts) {
        this.scanner = PersonalDataScanner.create(publicContacts);
    }

    /** @return a detector that knows no public contacts of an ente */
    public static PersonalDataDetector standard() {
        return STANDARD;
    }

    /**
     * @param publicContacts the ente's own contacts as written in its policy, e.g. {@code "Via Grigna 13,
     *                       20900 Monza"}, {@code "Tel. 039.975.2304"}, {@code "mit.social@mit.gov.it"},
     *                       {@code "060606"}: they are never reported as personal data
     * @return a detector that leaves those contacts alone
     */
    public static PersonalDataDetector withPublicContacts(Collection<String> publicContacts) {
        Objects.requireNonNull(publicContacts, "publicContacts");
        return new PersonalDataDetector(publicContacts);
    }

    /**
     * @return the personal data of {@code text}, sorted by start and not overlapping; spans are UTF-16
     *         indices of {@code text}
     */
    public List<PersonalDataFinding> find(String text) {
        return scanner.scan(text);
    }

    /** @return {@code text} with every finding replaced by its type in brackets, e.g. {@code [IBAN]} */
    public String redact(String text) {
        return redact(text, false);
    }

    /**
     * @return {@code text} with every finding replaced by its type in brackets, keeping the first and last
     *         character of findings of four or more characters so that a moderator can tell them apart,
     *         e.g. {@code R[CODICE_FISCALE]C}
     */
    public String redactForModerators(String text) {
        return redact(text, true);
    }

    /**
     * @return {@code value} as a moderator sees it: {@code [label]}, keeping the first and last character when
     *         the value has four or more, e.g. {@code R[CODICE_FISCALE]C}
     */
    public static String maskForModerators(String value, String label) {
        StringBuilder out = new StringBuilder(label.length() + 4);
        boolean ends = value.codePointCount(0, value.length()) >= 4;
        if (ends) {
            out.appendCodePoint(value.codePointAt(0));
        }
        out.append('[').append(label).append(']');
        if (ends) {
            out.appendCodePoint(value.codePointBefore(value.length()));
        }
        return out.toString();
    }

    private String redact(String text, boolean keepEnds) {
        List<PersonalDataFinding> findings = find(text);
        if (findings.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (PersonalDataFinding finding : findings) {
            out.append(text, from, finding.span().start());
            out.append(keepEnds ? maskForModerators(finding.value(), finding.type().name())
                    : "[" + finding.type().name() + "]");
            from = finding.span().end();
        }
        return out.append(text, from, text.length()).toString();
    }
}
