package it.piazza.detection.analysis;

import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.Category;
import it.piazza.detection.CommentToAnalyze;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Insults, vulgarity, sexual terms and slurs found word by word in the lexicons, with the context that
 * decides whether a word is used at all: reported speech is not used, a proper noun ("Monte Negro") is not
 * a slur, and a word that is offensive only about a person ("maiale", "finocchio", "buffone") counts only
 * when someone is called it ("sei un maiale", "branco di buffoni", "buffoni!"), and inside a generalisation
 * about a group ("sono tutti delinquenti") it is hate, reported by the rules, not a personal insult. A slur
 * is always discrimination, and also an insult when someone is called it. A capitalised word is a proper
 * noun inside a sentence, and at its start when it also appears capitalised inside a sentence.
 */
final class LexiconDetector implements TextDetector {

    private static final Set<String> ADDRESS = Set.of("sei", "siete", "sembri", "sembrate", "sono", "è", "eri",
            "eravate", "resti", "restate", "rimani", "rimanete", "fai", "fate", "branco", "banda", "manica", "massa",
            "brutto", "brutta", "brutti", "brutte", "quel", "quella", "quei", "quelle", "quello", "razza", "pezzo",
            "specie", "emerito", "emerita", "emeriti", "grandissimo", "grandissima", "grandissimi", "voi", "tu",
            "sporco", "sporca", "sporchi", "sporche", "lurido", "lurida", "luridi", "luride", "schifoso",
            "schifosa", "schifosi", "schifose", "fottuto", "fottuti", "maledetto", "maledetti", "ciao", "caro", "cari",
            "sti", "sto", "sta", "ste", "questi", "queste", "codesti", "sembrano", "sembra", "siamo");
    /** Nouns for a group or an institution: "branco di buffoni", "Ministero di incapaci". */
    private static final Set<String> COLLECTIVE = Set.of("ministero", "governo", "comune", "provincia", "regione",
            "amministrazione", "giunta", "paese", "città", "gente", "covo", "nido", "accozzaglia", "popolo", "classe",
            "squadra", "ufficio", "uffici", "municipio", "consiglio", "partito", "stato");
    /** How many words before an offensive word may separate it from "sei", "è un…" ("è un incapace e un ladro"). */
    private static final int ADDRESS_WINDOW = 4;
    /** How many words after a generalisation about a group still belong to it ("sono tutti sporchi e ladri"). */
    private static final int GENERALISATION_TAIL = 4;
    private static final String OBSCENE_GESTURE = "\uD83D\uDD95";

    private final Lexicon lexicon;

    LexiconDetector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void detect(CommentText text, CommentToAnalyze comment, AnalysisSettings settings, Findings out) {
        List<Token> tokens = text.tokens;
        boolean shouting = isShouting(text.text);
        Set<String> names = new HashSet<>();
        for (Token t : tokens) {
            if (t.capitalized && !t.sentenceStart) {
                names.add(t.norm);
            }
        }
        boolean[] generalisation = new boolean[tokens.size()];
        for (PhraseRules.Match m : text.matches("DISCRIMINATION")) {
            for (int k = m.from(); k < Math.min(tokens.size(), m.to() + GENERALISATION_TAIL); k++) {
                generalisation[k] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Token.Kind.SYMBOL && t.norm.equals(OBSCENE_GESTURE)) {
                out.add(Category.INSULT, 0.8, List.of(t.span()), "emoji: obscene gesture");
                continue;
            }
            if (t.kind != Token.Kind.WORD) {
                continue;
            }
            Lexicon.Match m = lexicon.lookup(t);
            if (m == null || text.reported(i, i + 1)) {
                continue;
            }
            String kind = m.entry().kind();
            boolean properNoun = t.capitalized && !shouting && (!t.sentenceStart || names.contains(t.norm));
            boolean addressed = addressed(text, i);
            double w = m.entry().weight();
            String what = "'" + m.entry().lemma() + "'" + (t.obfuscated || t.wildcard || t.squeezed != null
                    ? " (obfuscated '" + text.text.substring(t.start, t.end) + "')" : "");
            switch (kind) {
                case "insult", "vulgar" -> out.add(Category.INSULT, w, List.of(t.span()), "lexicon: " + kind + " " + what);
                case "mild" -> {
                    if (!properNoun && !generalisation[i]) {
                        out.add(Category.INSULT, addressed ? w : w * 0.5, List.of(t.span()),
                                "lexicon: insult " + what + (addressed ? " addressed to someone" : ""));
                    }
                }
                case "ambiguous" -> {
                    if (addressed && !properNoun && !generalisation[i]) {
                        out.add(Category.INSULT, w, List.of(t.span()), "lexicon: insult " + what + " addressed to someone");
                    }
                }
                case "sexual" -> out.add(Category.OBSCENE, w, List.of(t.span()), "lexicon: sexual term " + what);
                case "slur", "ambiguous-slur" -> {
                    if (!properNoun && (kind.equals("slur") || addressed)) {
                        out.add(Category.DISCRIMINATION, w, List.of(t.span()), "lexicon: slur " + what);
                        if (addressed) {
                            out.add(Category.INSULT, w * 0.9, List.of(t.span()), "lexicon: slur " + what + " addressed to someone");
                        }
                    }
                }
                default -> throw new IllegalStateException("Unknown lexicon kind " + kind + " in " + m.entry().source());
            }
        }
    }

    /**
     * Whether the word at {@code i} is said of someone: "sei un X", "branco di X", "Ministero di X",
     * "X!", or a vocative opening the comment ("Romani burini, …"). "Ci sono topi" is not "sono topi".
     */
    private static boolean addressed(CommentText text, int i) {
        List<Token> tokens = text.tokens;
        for (int k = Math.max(0, i - ADDRESS_WINDOW); k < i; k++) {
            String w = tokens.get(k).norm;
            boolean existential = (w.equals("sono") || w.equals("è")) && k > 0
                    && (tokens.get(k - 1).norm.equals("ci") || tokens.get(k - 1).norm.equals("c"));
            if (ADDRESS.contains(w) && !existential) {
                return true;
            }
        }
        if (i >= 2 && tokens.get(i - 1).norm.equals("di") && COLLECTIVE.contains(tokens.get(i - 2).norm)) {
            return true;
        }
        char next = text.nextChar(tokens.get(i).end);
        return next == '!' || (next == ',' && i <= 2);
    }

    private static boolean isShouting(String text) {
        int upper = 0;
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 8 && upper * 10 >= letters * 8;
    }
}
