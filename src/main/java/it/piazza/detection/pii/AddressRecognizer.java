package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's home address: a street (via, piazza, corso …) with its name, house number, postcode and town,
 * reported only when the sentence ties it to where someone lives ("abito in", "residente in", "casa mia è
 * in"). The place of a reported problem ("la buca in via Roma 12") has no such tie and is not reported.
 */
final class AddressRecognizer implements Recognizer {

    private static final Set<String> TRIGGERS = Set.of("abito", "abitiamo", "abita", "abitano", "vivo", "viviamo",
            "risiedo", "risiediamo", "risiede", "residente", "residenti", "residenza", "domiciliato", "domiciliata",
            "domiciliati", "domicilio", "abitazione", "casa", "indirizzo");
    private static final String STOP = "(?:e|ed|o|che|dove|da|ma|a|ad|al|alla|non|ci|c|è|sono|ho|ha|con|per|in|nel"
            + "|nella|sul|sulla|vicino|angolo|davanti|accanto|dal|dalla|il|la|lo|le|i|gli|un|una|mi|si|ti|vi|ne|tra"
            + "|fra|quindi|perché|se|come|anche|dopo|prima|ieri|oggi|sotto|sopra|presso|da|poi|però|qui|lì|li|c'è"
            + "|dietro|fino|verso|and|the|url|pure|via|n|nr|numero)";
    private static final Pattern ADDRESS = Pattern.compile("\\b(?<trigger>abito|abitiamo|abita|abitano|vivo|viviamo"
            + "|risiedo|risiediamo|risiede|residente|residenti|residenza|domiciliat[oaie]|domicilio|abitazione"
            + "|casa mia|casa nostra|casa sua|mio indirizzo|indirizzo di casa|indirizzo di residenza)\\b"
            + "[^.;!?\\n]{0,40}?"
            + "(?<street>\\b(?:via|viale|v\\.le|piazza|p\\.zza|p\\.za|piazzale|corso|c\\.so|largo|vicolo|vico|strada"
            + "|contrada|c\\.da|località|loc\\.|borgo|lungomare|lungotevere|salita|traversa|frazione|fraz\\.)"
            + "(?: (?!" + STOP + "\\b)[\\p{L}'’]+){1,4}"
            + "(?:,? ?(?:n\\. ?|n° ?|numero )?\\d{1,4}(?: ?/ ?[a-z0-9]|[a-z])?\\b)?"
            + "(?:(?:,? | ?- ?)\\d{5}(?: (?!" + STOP + "\\b)\\p{L}+)?)?)");

    /**
     * "Via" is also an adverb ("vai via pure"): a street counts when its name is capitalised as written or
     * a house number follows it.
     */
    private static boolean isNamedOrNumbered(String original, Matcher m) {
        String street = m.group("street");
        int nameStart = m.start("street") + street.indexOf(' ') + 1;
        boolean capitalised = nameStart < original.length() && Character.isUpperCase(original.charAt(nameStart));
        return capitalised || HOUSE_NUMBER.matcher(street).find();
    }

    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d");
    private static final Pattern TOKEN = Pattern.compile("[^ ,]+");
    /** Words that may sit inside a capitalised street name, and Roman numerals ("via Gregorio VII"). */
    private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}.*|\\d.*|n\\.|n°|numero|/.*|[a-z]|di|de|del|della"
            + "|dello|dei|degli|delle|d'.*|d’.*|da|dal|dalla|san|santa|sant'.*|[IVXLC]+|-");

    /**
     * Where a street written with a capitalised name ends: at the first lower-case word that is not a
     * particle ("via Gregorio VII fa abbaiare" ends after "VII").
     */
    static int namedEnd(String s, int start, int end) {
        int nameStart = s.indexOf(' ', start) + 1;
        if (nameStart <= 0 || nameStart >= end || !Character.isUpperCase(s.charAt(nameStart))) {
            return end;
        }
        Matcher token = TOKEN.matcher(s).region(nameStart, end);
        int last = nameStart;
        while (token.find()) {
            if (!NAME_PART.matcher(token.group()).matches()) {
                return last;
            }
            last = token.end();
        }
        return end;
    }

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (!text.hasAnyWord(TRIGGERS)) {
            return;
        }
        Matcher m = ADDRESS.matcher(text.lower());
        while (m.find()) {
            if (!isNamedOrNumbered(text.normalised(), m)) {
                continue;
            }
            out.add(Candidate.of(PersonalDataType.ADDRESS, m.start("street"),
                    namedEnd(text.normalised(), m.start("street"), m.end("street")), 0.9,
                    "home address, context: " + m.group("trigger")));
        }
    }
}
