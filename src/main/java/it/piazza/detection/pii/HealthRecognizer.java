package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Health data of an identifiable person: an illness, a therapy or a disability in the same sentence as a
 * reference to a person (the writer, a relative: "mio padre", "sono", "ho"). General statements ("i
 * parcheggi per disabili") name no one and are not reported.
 */
final class HealthRecognizer implements Recognizer {

    private static final Pattern TERM = Pattern.compile("\\b(?:"
            + "malat[oaie] (?:di|del|della|dello|dei|delle|d') ?[\\p{L}]+(?: (?:multipla|cronica|rara|oncologica))?"
            + "|(?:affett[oaie]|soffr[eo]|soffrono) (?:da|di|d') ?[\\p{L}]+"
            + "|tumore|cancro|leucemia|linfoma|chemio(?:terapia)?|radioterapia|dialisi|diabete|diabetic[oaie]"
            + "|alzheimer|parkinson|sclerosi(?: multipla| laterale amiotrofica)?|autismo|autistic[oaie]"
            + "|sindrome di [\\p{L}]+|epilessia|epilettic[oaie]|depressione|schizofreni[ac]\\p{L}*|anoressia|bulimia"
            + "|disturbo (?:bipolare|d'ansia|alimentare|dello spettro autistico)|demenza|ictus|infarto|trapiantat[oa]"
            + "|trapianto|hiv|sieropositiv[oa]|aids|epatite|cirrosi|fibrosi cistica|distrofia|paraplegic[oa]"
            + "|tetraplegic[oa]|disabile|disabilità|handicap|portatore di handicap|invalid[oaie]|invalidità(?: civile)?"
            + "|legge 104|la 104|cieco|cieca|non vedente|ipovedente|sord[oa]|non udente|carrozzina|sedia a rotelle"
            + "|ricoverat[oaie]|in terapia|terapia (?:salvavita|oncologica|farmacologica)|psichiatric[oaie]"
            + "|operat[oaie] (?:al|alla|allo|agli|di) [\\p{L}]+|incinta|gravidanza|celiac[oaie]|celiachia"
            + "|positiv[oaie] al covid|insufficienza (?:renale|respiratoria|cardiaca)|asma|allergic[oaie]"
            + ")\\b");
    private static final Pattern PERSON = Pattern.compile("\\b(?:mio|mia|miei|mie|nostro|nostra|nostri|nostre|sono"
            + "|soffro|ho|mi|io|suo|sua|marito|moglie|figli[oae]?|padre|madre|papà|mamma|nonn[oa]|fratello|sorella"
            + "|zi[oa]|compagn[oa]|vicin[oa]|signor|signora|sig)\\b");
    /** The words a health term can start with: a text without any of them is not scanned. */
    private static final Set<String> TRIGGERS = Set.of("malato", "malata", "malati", "malate", "affetto", "affetta",
            "affetti", "affette", "soffre", "soffro", "soffrono", "tumore", "cancro", "leucemia", "linfoma", "chemio",
            "chemioterapia", "radioterapia", "dialisi", "diabete", "diabetico", "diabetica", "diabetici", "diabetiche",
            "alzheimer", "parkinson", "sclerosi", "autismo", "autistico", "autistica", "autistici", "autistiche",
            "sindrome", "epilessia", "epilettico", "epilettica", "epilettici", "epilettiche", "depressione",
            "schizofrenia", "schizofrenico", "schizofrenica", "anoressia", "bulimia", "disturbo", "demenza", "ictus",
            "infarto", "trapiantato", "trapiantata", "trapianto", "hiv", "sieropositivo", "sieropositiva", "aids",
            "epatite", "cirrosi", "fibrosi", "distrofia", "paraplegico", "paraplegica", "tetraplegico", "tetraplegica",
            "disabile", "disabilità", "handicap", "invalido", "invalida", "invalidi", "invalide",
            "invalidità", "cieco", "cieca", "vedente", "udente", "ipovedente", "sordo", "sorda", "carrozzina",
            "rotelle", "ricoverato", "ricoverata", "ricoverati", "ricoverate", "terapia", "psichiatrico",
            "psichiatrica", "psichiatrici", "psichiatriche", "operato", "operata", "operati", "operate", "incinta",
            "gravidanza", "celiaco", "celiaca", "celiaci", "celiache", "celiachia", "positivo", "positiva", "positivi",
            "positive", "insufficienza", "asma", "allergico", "allergica", "allergici", "allergiche");
    private static final int WINDOW_BEFORE = 60;
    private static final int WINDOW_AFTER = 40;

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (!text.hasAnyWord(TRIGGERS) && !text.lower().contains("104")) {
            return;
        }
        Matcher m = TERM.matcher(text.lower());
        while (m.find()) {
            int sentenceStart = sentenceStart(text.lower(), m.start());
            int sentenceEnd = sentenceEnd(text.lower(), m.end());
            Text.Hit person = text.phraseBefore(PERSON, m.start(), Math.min(WINDOW_BEFORE, m.start() - sentenceStart));
            if (person == null) {
                person = text.phraseAfter(PERSON, m.end(), Math.min(WINDOW_AFTER, sentenceEnd - m.end()));
            }
            if (person != null) {
                out.add(Candidate.of(PersonalDataType.HEALTH_DATA, m.start(), m.end(), 0.85,
                        "health of a person, context: " + person.phrase()));
            }
        }
    }

    static int sentenceStart(String s, int index) {
        int i = index;
        while (i > 0 && index - i < 200 && !isSentenceEnd(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static int sentenceEnd(String s, int index) {
        int i = index;
        while (i < s.length() && i - index < 200 && !isSentenceEnd(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ';';
    }
}
