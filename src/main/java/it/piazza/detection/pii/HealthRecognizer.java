package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Health data of an identifiable person: an illness, a therapy or a disability tied to a person in the
 * same clause. The tie is either a relative or neighbour of the writer ("mio padre", "mia figlia") or a
 * named person, or the writer in the first person right before the term: "sono disabile", "sono malata di
 * …" for conditions said of a person, "ho il diabete", "faccio la dialisi", "soffro di …" for illnesses and
 * therapies. General statements ("i parcheggi per disabili") and metaphors ("sono un cancro per il paese")
 * have no such tie and are not reported.
 */
final class HealthRecognizer implements Recognizer {

    /** Conditions said of a person, singular: "sono disabile", "mia madre è malata di …". */
    private static final String CONDITION = "malat[oa] (?:(?:di|del|della|dello|dei|delle) |d['’] ?)\\p{L}+"
            + "|affett[oa] (?:(?:da|di) |d['’] ?)\\p{L}+|disabile|invalid[oa]|ricoverat[oa]"
            + "|operat[oa] (?:al|alla|allo"
            + "|agli|di) \\p{L}+|diabetic[oa]|epilettic[oa]|autistic[oa]|celiac[oa]|ciec[oa]|non vedente|ipovedente"
            + "|sord[oa]|non udente|incinta|sieropositiv[oa]|paraplegic[oa]|tetraplegic[oa]|trapiantat[oa]"
            + "|in carrozzina|in sedia a rotelle|in chemio(?:terapia)?|in dialisi|in terapia|positiv[oa] al covid";
    /** Illnesses and therapies someone has: "ho il diabete", "mio figlio ha l'autismo". */
    private static final String ILLNESS = "tumore|cancro|leucemia|linfoma|chemio(?:terapia)?|radioterapia|dialisi"
            + "|diabete|alzheimer|parkinson|sclerosi(?: multipla| laterale amiotrofica)?|autismo|sindrome di \\p{L}+"
            + "|epilessia|depressione|anoressia|bulimia"
            + "|disturbo (?:bipolare|d'ansia|alimentare|dello spettro autistico)"
            + "|demenza|ictus|infarto|trapianto|hiv|aids|epatite|cirrosi|fibrosi cistica|distrofia(?: muscolare)?"
            + "|disabilità|handicap|invalidità(?: civile)?|legge 104|104|celiachia|asma"
            + "|insufficienza (?:renale|respiratoria|cardiaca)";
    private static final Pattern TERM = Pattern.compile("\\b(?:(?<condition>" + CONDITION + ")|(?<illness>" + ILLNESS
            + "))\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:mi[oae]|miei|nostr[oaie]|su[oa]|suoi|sue)"
            + " (?:marito|moglie|figli[oae]?|padre|madre|papà|mamma|nonn[oaie]|fratell[oi]|sorell[ae]|zi[oaie]"
            + "|compagn[oa]|bambin[oaie]|bimb[oa]|vicin[oa]|suocer[oa]|cognat[oa]|nipot[ei]|fidanzat[oa]"
            + "|coinquilin[oa]|amic[oa])\\b");
    private static final Pattern SELF_CONDITION = Pattern.compile("\\b(?:sono|ero|sono stat[oa]|son[oa]"
            + "|sono diventat[oa]|io sono|resto|rimango)(?: \\p{L}+)?\\s$");
    private static final Pattern SELF_ILLNESS = Pattern.compile("\\b(?:ho|avevo|ho avuto|mi hanno diagnosticato"
            + "|soffro di|soffro d'|faccio|facevo|seguo|sto facendo|combatto con|convivo con|ho preso)"
            + "(?: [\\p{L}']+){0,2}\\s$|\\b(?:soffro d['’]|ho l['’])$");
    /** Words a health term can start with: a text with none of them is not scanned. */
    private static final Set<String> TRIGGERS = Set.of("malato", "malata", "affetto", "affetta", "tumore", "cancro",
            "leucemia", "linfoma", "chemio", "chemioterapia", "radioterapia", "dialisi", "diabete", "diabetico",
            "diabetica", "alzheimer", "parkinson", "sclerosi", "autismo", "autistico", "autistica", "sindrome",
            "epilessia", "epilettico", "epilettica", "depressione", "anoressia", "bulimia", "disturbo", "demenza",
            "ictus", "infarto", "trapiantato", "trapiantata", "trapianto", "hiv", "sieropositivo", "sieropositiva",
            "aids", "epatite", "cirrosi", "fibrosi", "distrofia", "paraplegico", "paraplegica", "tetraplegico",
            "tetraplegica", "disabile", "disabilità", "handicap", "invalido", "invalida", "invalidità", "cieco",
            "cieca", "vedente", "udente", "ipovedente", "sordo", "sorda", "carrozzina", "rotelle", "ricoverato",
            "ricoverata", "terapia", "operato", "operata", "incinta", "celiaco", "celiaca", "celiachia", "positivo",
            "positiva", "insufficienza", "asma");
    private static final int WINDOW_BEFORE = 60;
    private static final int WINDOW_AFTER = 40;
    private static final int SELF_WINDOW = 40;

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (!text.hasAnyWord(TRIGGERS) && !text.lower().contains("104")) {
            return;
        }
        String lower = text.lower();
        Matcher m = TERM.matcher(lower);
        while (m.find()) {
            int clauseStart = clauseStart(lower, m.start());
            int clauseEnd = clauseEnd(lower, m.end());
            String reason = tie(text, m, clauseStart, clauseEnd);
            if (reason != null) {
                out.add(Candidate.of(PersonalDataType.HEALTH_DATA, m.start(), m.end(), 0.85,
                        "health of a person, context: " + reason));
            }
        }
    }

    private static @Nullable String tie(Text text, Matcher term, int clauseStart,
                                                                  int clauseEnd) {
        Text.Hit relative = text.phraseBefore(RELATIVE, term.start(),
                Math.min(WINDOW_BEFORE, term.start() - clauseStart));
        if (relative == null) {
            relative = text.phraseAfter(RELATIVE, term.end(), Math.min(WINDOW_AFTER, clauseEnd - term.end()));
        }
        if (relative != null) {
            return relative.phrase();
        }
        Pattern self = term.group("condition") != null ? SELF_CONDITION : SELF_ILLNESS;
        Text.Hit first = text.phraseBefore(self, term.start(), Math.min(SELF_WINDOW, term.start() - clauseStart));
        return first != null ? first.phrase().strip() : null;
    }

    private static int clauseStart(String s, int index) {
        int i = index;
        while (i > 0 && index - i < 200 && !isClauseEnd(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int clauseEnd(String s, int index) {
        int i = index;
        while (i < s.length() && i - index < 200 && !isClauseEnd(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isClauseEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ';';
    }
}
