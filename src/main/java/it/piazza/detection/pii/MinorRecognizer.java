package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts that identify a minor: a child tied to someone (the writer's, "mia figlia"; someone's they name,
 * "suo figlio"; a family's, "la figlia dei Brambilla"; or a class, "il bambino della 3A") together with an
 * age under 18, the school attended or the class ("mia figlia di 9 anni che va alla scuola Rodari", "mia
 * figlia Giulia ha la febbre e la scuola Don Milani non risponde"). The span runs from the child to the
 * fact; when more than one word lies between them (which may hold other personal data, such as a name or a
 * diagnosis), the child and the fact are reported as two spans.
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
    private static final String CHILD_WORD = "(?:figli[oaie]?|bambin[oaie]|bimb[oaie]|nipot(?:e|i|ino|ina)|piccol[oa]"
            + "|ragazzin[oa]|figliolett[oa]|alunn[oa])";
    private static final String CLASS_CODE = "[1-5][ªa°]? ?(?-i:[A-H])";
    private static final String CHILD = "(?<child>(?:mi[oae]|miei|nostr[oaie]|su[oa]|suoi|sue)(?: " + CHILD_WORD + ")"
            + "|(?:il|la|i|le) " + CHILD_WORD + " (?:dei|della famiglia) (?-i:\\p{Lu}[\\p{L}'’]+)"
            + "|(?:il|la) " + CHILD_WORD + "(?= (?:della|in) " + CLASS_CODE + "\\b))";
    private static final String AGE = "(?<age>\\b(?:di|ha|che ha|compie|ha compiuto) (?<years>\\d{1,2}|\\p{L}+)"
            + "(?:(?:, | e )(?:\\d{1,2}|\\p{L}+)){0,3} (?:ann[oi]|mesi)\\b)";
    private static final String SCHOOL_WORD = "(?:scuola|asilo|nido|materna|elementar[ei]|medi[ae]|liceo|istituto)";
    private static final String SCHOOL_TAIL = "(?: (?:primaria|secondaria|media|elementare|statale|comprensivo"
            + "|dell'infanzia|di|del|della|elementari|medie|(?-i:\\p{Lu}[\\p{L}'’]+)|[1-5][ªa°]?|(?-i:[A-H]))\\b){0,4}";
    /** Attending a school or a class: "va alla scuola Rodari", "frequenta la 5ª elementare". */
    private static final String SCHOOL = "(?<school>\\b(?:va|andrà|frequenta|iscritt[oaie]|è|sono|vanno|frequentano)"
            + " (?:alla|all'|al|in|la|il|nella|nel|le|a) ?(?:[1-5][ªa°] )?(?:" + SCHOOL_WORD
            + "|prima|seconda|terza|quarta|quinta|classe)\\b" + SCHOOL_TAIL + ")";
    /** A named school in the same sentence: "la scuola Don Milani", "all'asilo Arcobaleno". */
    private static final String NAMED_SCHOOL = "(?<named>\\b(?:la |alla |della |nella |all'|dell'|l')?" + SCHOOL_WORD
            + "(?: (?:primaria|secondaria|media|elementare|statale|comprensivo|dell'infanzia))*"
            + "(?: (?-i:\\p{Lu}[\\p{L}'’]+)){1,3})";
    /** A class: "della 2B", "in 3ª A", "quello di quinta". */
    private static final String CLASS = "(?<class>\\b(?:della|nella|in|di|alla) (?:" + CLASS_CODE
            + "(?: della (?-i:\\p{Lu}[\\p{L}'’]+))?|(?:prima|seconda|terza|quarta|quinta)(?: (?:elementare|media"
            + "|superiore))?)\\b)";
    private static final Pattern MINOR = Pattern.compile("(?iu)\\b" + CHILD + "\\b[^.;!?\\n]{0,60}?(?:" + AGE + "|"
            + SCHOOL + "|" + CLASS + "|" + NAMED_SCHOOL + ")");
    private static final Pattern MORE_SCHOOL = Pattern.compile("(?iu)[^.;!?\\n]{0,25}?" + SCHOOL);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MAX_WORDS_BETWEEN = 1;

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (!text.hasAnyWord(TRIGGERS)) {
            return;
        }
        String s = text.normalised();
        Matcher m = MINOR.matcher(s);
        while (m.find()) {
            if (m.group("age") != null && !isMinorAge(m.group("years"), m.group("age"))) {
                continue;
            }
            String fact = m.group("age") != null ? "age" : m.group("class") != null ? "class" : "school";
            String factGroup = m.group("age") != null ? "age" : m.group("class") != null ? "class"
                    : m.group("school") != null ? "school" : "named";
            int end = m.end();
            if (m.group("age") != null) {
                Matcher school = MORE_SCHOOL.matcher(s).region(end, s.length());
                if (school.lookingAt()) {
                    end = school.end();
                    fact = "age and school";
                }
            }
            String reason = "identifiable minor (" + fact + "), context: "
                    + m.group("child").toLowerCase(Locale.ROOT);
            int between = words(s, m.end("child"), m.start(factGroup));
            if (between > MAX_WORDS_BETWEEN) {
                out.add(Candidate.of(PersonalDataType.MINOR_INFO, m.start("child"), m.end("child"), 0.85, reason));
                out.add(Candidate.of(PersonalDataType.MINOR_INFO, m.start(factGroup), end, 0.85, reason));
            } else {
                out.add(Candidate.of(PersonalDataType.MINOR_INFO, m.start("child"), end, 0.85, reason));
            }
        }
    }

    private static int words(String s, int from, int to) {
        Matcher m = WORD.matcher(s).region(from, Math.max(from, to));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static boolean isMinorAge(String years, String phrase) {
        if (phrase.endsWith("mesi")) {
            return true;
        }
        String word = years.toLowerCase(Locale.ROOT);
        Integer age = Character.isDigit(word.charAt(0)) ? Integer.valueOf(word) : AGE_WORDS.get(word);
        return age != null && age < 18;
    }
}
