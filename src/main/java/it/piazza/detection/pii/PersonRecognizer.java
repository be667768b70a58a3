package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full names (first name and surname) of private persons tied to a private fact. Two ways in: a phrase
 * that is itself a private fact about the named person ("mi chiamo", "mio marito", "la mia vicina", "il
 * signor"), or a common Italian first name followed by a surname in a text where another recognizer has
 * already found a private fact (health, a minor, a home address, an identifier). Names after a public role
 * or in a place name ("il sindaco", "via", "scuola") are not private persons.
 */
final class PersonRecognizer implements Recognizer {

    private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}'’]+";
    private static final String FULL_NAME = NAME_WORD + "(?: " + NAME_WORD + "){1,2}";
    private static final Pattern INTRODUCED = Pattern.compile("(?<trigger>(?iu:\\b(?:mi chiamo|il sottoscritto"
            + "|la sottoscritta|(?:il |la )?(?:signor|signora|sig\\.ra|sig\\.na|sig\\.)|(?:il |la )?(?:mio|mia|nostro"
            + "|nostra) (?:marito|moglie|figlio|figlia|padre|madre|papà|mamma|fratello|sorella|nonno|nonna|zio|zia"
            + "|cugino|cugina|suocero|suocera|nipote|cognato|cognata|vicino|vicina|vicino di casa|vicina di casa"
            + "|compagno|compagna|ex|fidanzato|fidanzata|collega|coinquilino|coinquilina)))),? (?<name>" + FULL_NAME
            + ")");
    /** "Sono" is also "they are": a self-introduction opens the text or a sentence, or follows a greeting. */
    private static final Pattern SELF = Pattern.compile("(?:^|[.!?\\n] *|(?iu:buongiorno|buonasera|salve|ciao"
            + "|gentilissimi|gentili|egregi)[,!]? +)(?<trigger>(?iu:io sono|sono|qui è|scrive|vi scrive)),? (?<name>"
            + FULL_NAME + ")");
    private static final Pattern NAMED =
            Pattern.compile("\\b(?<name>(?<first>" + NAME_WORD + ") " + NAME_WORD + ")\\b");
    private static final Pattern PUBLIC_ROLE = Pattern.compile("\\b(?:sindac[oa]|assessor[ei]|assessora|consiglier[ei]"
            + "|presidente|ministr[oa]|dott|dottor|dottoressa|avv|avvocato|prof|professor|professoressa|onorevole|on"
            + "|senator[ei]|deputat[oa]|segretari[oa]|dirigente|via|viale|piazza|corso|largo|scuola|istituto|liceo"
            + "|ospedale|stadio|teatro|parco|san|santa|santo|chiesa|fondazione|premio|museo|biblioteca"
            + "|palazzo)\\W{0,3}$");
    private static final Set<String> TRIGGERS = Set.of("chiamo", "sottoscritto", "sottoscritta", "signor", "signora",
            "sig", "ra", "na", "mio", "mia", "nostro", "nostra", "sono", "scrive");
    private static final Set<PersonalDataType> PRIVATE_FACTS = Set.of(PersonalDataType.HEALTH_DATA,
            PersonalDataType.MINOR_INFO, PersonalDataType.ADDRESS, PersonalDataType.CODICE_FISCALE,
            PersonalDataType.ID_CARD, PersonalDataType.PASSPORT, PersonalDataType.DRIVER_LICENSE,
            PersonalDataType.PHONE, PersonalDataType.EMAIL, PersonalDataType.IBAN, PersonalDataType.PROTOCOL_NUMBER);

    private final Set<String> firstNames;

    PersonRecognizer(Set<String> firstNames) {
        this.firstNames = firstNames;
    }

    @Override
    public void recognize(Text text, List<Candidate> out) {
        String s = text.normalised();
        if (!text.hasCapitalisedPair()) {
            return;
        }
        if (text.hasAnyWord(TRIGGERS)) {
            Matcher m = INTRODUCED.matcher(s);
            while (m.find()) {
                out.add(Candidate.of(PersonalDataType.PERSON, m.start("name"), m.end("name"), 0.9,
                        "full name, context: " + m.group("trigger").toLowerCase(Locale.ROOT)));
            }
            Matcher self = SELF.matcher(s);
            while (self.find()) {
                String first = self.group("name").split(" ")[0].toLowerCase(Locale.ROOT);
                if (firstNames.contains(first)) {
                    out.add(Candidate.of(PersonalDataType.PERSON, self.start("name"), self.end("name"), 0.85,
                            "full name, context: " + self.group("trigger").toLowerCase(Locale.ROOT)));
                }
            }
        }
        if (!hasPrivateFact(out)) {
            return;
        }
        Matcher named = NAMED.matcher(s);
        while (named.find()) {
            String first = named.group("first").toLowerCase(Locale.ROOT);
            if (firstNames.contains(first)
                    && text.phraseBefore(PUBLIC_ROLE, named.start(), 30) == null) {
                out.add(Candidate.of(PersonalDataType.PERSON, named.start(), named.end(), 0.75,
                        "first name and surname in a comment with a private fact"));
            }
        }
    }

    private static boolean hasPrivateFact(List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (candidate.type() != null && PRIVATE_FACTS.contains(candidate.type()) && candidate.confidence() >= 0.7) {
                return true;
            }
        }
        return false;
    }
}
