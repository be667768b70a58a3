package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts that identify a minor: a child of the writer or a named child together with an age under 18 or
 * the school or class attended ("mia figlia di 9 anni che va alla scuola Rodari"). The span runs from the
 * child to the fact.
 */
final class MinorRecognizer implements Recognizer {

    private static final Set<String> TRIGGERS = Set.of("figlio", "figlia", "figli", "figlie", "bambino", "bambina",
            "bambini", "bambine", "bimbo", "bimba", "bimbi", "bimbe", "nipote", "nipoti", "nipotino", "nipotina",
            "piccolo", "piccola", "ragazzino", "ragazzina", "figlioletto", "figlioletta", "alunno", "alunna");
    private static final Map<String, Integer> AGE_WORDS = Map.ofEntries(Map.entry("un", 1), Map.entry("uno", 1),
            Map.entry("due", 2), Map.entry("tre", 3), Map.entry("quattro", 4), Map.entry("cinque", 5),
            Map.entry("sei", 6), Map.entry("sette", 7), Map.entry("otto", 8), Map.entry("nove", 9),
            Map.entry("dieci", 10), Map.entry("undici", 11), Map.entry("dodici", 12), Map.entry("tredici", 13),
            Map.entry("quattordici", 14), Map.entry("quindici", 15), Map.entry("sedici", 16),
            Map.entry("diciassette", 17));
    private static final String AGE = "(?<age>\\b(?:di|ha|che ha|compie|ha compiuto) (?<years>\\d{1,2}|\\p{L}+)"
            + " (?:ann[oi]|mesi)\\b)";
    private static final String SCHOOL = "(?<school>\\b(?:va|andrà|frequenta|iscritt[oaie]|è|sono|vanno|frequentano)"
            + " (?:alla|all'|al|in|la|il|nella|nel|le|a) ?(?:scuola|asilo|nido|materna|elementar[ei]|medi[ae]|prima"
            + "|seconda|terza|quarta|quinta|classe|liceo|istituto)\\b(?: (?:primaria|secondaria|media|elementare"
            + "|statale|comprensivo|dell'infanzia|di|del|della|elementari|medie|(?-i:\\p{Lu}[\\p{L}'’]+)|[1-5]ª?"
            + "|(?-i:[A-H]))\\b){0,4})";
    private static final Pattern MINOR = Pattern.compile("(?iu)\\b(?<child>(?<owner>mi[oae]|miei|nostr[oaie]|su[oa]"
            + "|suoi|sue|il|la) (?:figli[oaie]?|bambin[oaie]|bimb[oaie]|nipot(?:e|i|ino|ina)|piccol[oa]|ragazzin[oa]"
            + "|figliolett[oa]|alunn[oa]))\\b"
            + "[^.;!?\\n]{0,50}?(?:" + AGE + "|" + SCHOOL + ")");
    private static final Pattern MORE_SCHOOL = Pattern.compile("(?iu)[^.;!?\\n]{0,25}?" + SCHOOL);

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (!text.hasAnyWord(TRIGGERS)) {
            return;
        }
        Matcher m = MINOR.matcher(text.original());
        while (m.find()) {
            if (m.group("age") != null && !isMinorAge(m.group("years"), m.group("age"))) {
                continue;
            }
            String owner = m.group("owner").toLowerCase(java.util.Locale.ROOT);
            if ((owner.equals("il") || owner.equals("la")) && m.group("age") == null) {
                continue;
            }
            String fact = m.group("age") != null ? "age" : "school";
            int end = m.end();
            if (m.group("age") != null) {
                Matcher school = MORE_SCHOOL.matcher(text.original()).region(end, text.original().length());
                if (school.lookingAt()) {
                    end = school.end();
                    fact = "age and school";
                }
            }
            out.add(Candidate.of(PersonalDataType.MINOR_INFO, m.start("child"), end, 0.85,
                    "identifiable minor (" + fact + "), context: " + m.group("child").toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private static boolean isMinorAge(String years, String phrase) {
        if (phrase.endsWith("mesi")) {
            return true;
        }
        String word = years.toLowerCase(java.util.Locale.ROOT);
        Integer age = Character.isDigit(word.charAt(0)) ? Integer.valueOf(word) : AGE_WORDS.get(word);
        return age != null && age < 18;
    }
}
