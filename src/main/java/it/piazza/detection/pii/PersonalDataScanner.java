package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataFinding;
import it.piazza.detection.PersonalDataType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every recognizer over a text, turns the ente's public contacts into "not personal data" claims and
 * lets the arbiter settle the candidates. Immutable and thread-safe; build once. This is the engine behind
 * {@link it.piazza.detection.PersonalDataDetector}, which is the API to use.
 */
public final class PersonalDataScanner {

    private static final List<Recognizer> IDENTIFIERS = List.of(new IbanRecognizer(), new FiscalCodeRecognizer(),
            new VatNumberRecognizer(), new DrugCodeRecognizer(), new PhoneRecognizer(), new EmailRecognizer(),
            new DocumentRecognizer(), new PlateRecognizer(), new PaymentCardRecognizer(),
            new ProtocolNumberRecognizer(), new AddressRecognizer(), new HealthRecognizer(), new MinorRecognizer());
    private static final PersonRecognizer PERSONS = new PersonRecognizer(firstNames());

    private final PublicContacts publicContacts;

    private PersonalDataScanner(PublicContacts publicContacts) {
        this.publicContacts = publicContacts;
    }

    /**
     * @param publicContacts the ente's own contacts as written in its policy (phones, e-mail and PEC
     *                       addresses, postal addresses), never reported as personal data
     * @return a scanner that knows those contacts
     */
    public static PersonalDataScanner create(Collection<String> publicContacts) {
        return new PersonalDataScanner(new PublicContacts(List.copyOf(publicContacts)));
    }

    /**
     * @return the personal data of {@code text}, sorted by start, not overlapping
     */
    public List<PersonalDataFinding> scan(String text) {
        Objects.requireNonNull(text, "text");
        Text analysed = new Text(text);
        List<Candidate> candidates = new ArrayList<>();
        for (Recognizer recognizer : IDENTIFIERS) {
            recognizer.recognize(analysed, candidates);
        }
        PERSONS.recognize(analysed, candidates);
        candidates.removeIf(candidate -> isHandleOrHashtag(text, candidate));
        if (!publicContacts.isEmpty()) {
            candidates.replaceAll(candidate -> candidate.type() != null
                    && publicContacts.contains(candidate.type(), text.substring(candidate.start(), candidate.end()))
                    ? Candidate.notPersonal(candidate.start(), candidate.end(), 1.0, "public contact of the ente")
                    : candidate);
        }
        return Arbiter.settle(text, candidates);
    }

    /** What follows an at sign or a hash is a user handle or a hashtag, not an identifier. */
    private static boolean isHandleOrHashtag(String text, Candidate candidate) {
        if (candidate.start() == 0 || candidate.type() == PersonalDataType.EMAIL) {
            return false;
        }
        char before = text.charAt(candidate.start() - 1);
        return before == '@' || before == '#';
    }

    private static Set<String> firstNames() {
        InputStream in = PersonalDataScanner.class.getResourceAsStream("first-names.txt");
        if (in == null) {
            throw new IllegalStateException("first-names.txt is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
