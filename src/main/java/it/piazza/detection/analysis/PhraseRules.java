package it.piazza.detection.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * Token-sequence rules, matched without regular expressions. A resource line is
 * {@code LABEL SCORE :: slot slot ~N slot … :: reason}. A slot lists alternatives separated by {@code /}:
 * a word, a prefix ending with {@code *}, a set {@code @NAME} defined by a line {@code @NAME = alternatives},
 * or one of {@code <num>}, {@code <url>}, {@code <name>} (see {@link #isName(Token)}) and
 * {@code <any>}. A slot ending with {@code ?} may be skipped; {@code ~N} lets up to N other tokens stand
 * before the next slot. Rules are indexed by their first slot (words in a hash map, prefixes in a trie),
 * so each token costs a few look-ups.
 */
final class PhraseRules {

    private static final Set<String> NAME_FOLLOWERS = Set.of("è", "e", "ha", "era", "aveva", "si", "non", "sta",
            "ruba", "prende", "intasca", "dice", "deve", "va", "andrebbe", "sarebbe");

    private static final CharArraySet STOP_WORDS = ItalianAnalyzer.getDefaultStopSet();
    private static final Set<String> OPENING_WORDS = Set.of("ieri", "oggi", "domani", "grazie", "ciao", "buongiorno",
            "buonasera", "bravi", "brava", "bravo", "finalmente", "vergogna", "perché", "quando", "dove", "come", "cosa",
            "anche", "ancora", "allora", "quindi", "però", "comunque", "forse", "magari", "speriamo", "spero",
            "peccato", "ottimo", "ottima", "bene", "bello", "bella", "basta", "intanto", "invece", "tutti", "tutto",
            "sempre", "mai", "nessuno", "qualcuno", "quello", "quella", "quelli", "questo", "questa", "questi",
            "chiunque", "ognuno", "adesso", "prima", "dopo", "scusate", "salve", "sindaco", "sindaca", "assessore",
            "ministro", "presidente", "complimenti", "pessimo", "pessima", "assurdo", "incredibile", "sarebbe",
            "siete", "sono", "abbiamo", "avete", "hanno", "fate", "state", "dovete", "potete", "bisogna", "serve");

    /** One rule: what it signals, how strongly, and why. */
    record Rule(String label, double score, Slot[] slots, String reason) {
    }

    /** A rule matched on tokens {@code [from, to)}. */
    record Match(Rule rule, int from, int to) {
    }

    static final class Slot {
        final Set<String> words = new HashSet<>();
        final List<String> prefixes = new ArrayList<>();
        boolean number;
        boolean url;
        boolean name;
        boolean any;
        boolean optional;
        int gapAfter;

        boolean matches(List<Token> tokens, int i) {
            Token t = tokens.get(i);
            if (any) {
                return true;
            }
            if (words.contains(t.norm) || (t.squeezed != null && words.contains(t.squeezed))) {
                return true;
            }
            for (String p : prefixes) {
                if (t.norm.startsWith(p)) {
                    return true;
                }
            }
            return (number && t.kind == Token.Kind.NUMBER) || (url && t.kind == Token.Kind.URL)
                    || (name && isName(tokens, i));
        }
    }

    /** A node of the trie of first-slot prefixes: the rules whose prefix ends here. */
    private static final class PrefixNode {
        final Map<Character, PrefixNode> children = new HashMap<>();
        final List<Rule> rules = new ArrayList<>(1);
    }

    private final Map<String, List<Rule>> byWord = new HashMap<>();
    private final PrefixNode byPrefix = new PrefixNode();
    private final List<Rule> byName = new ArrayList<>();
    private final List<Rule> byNumber = new ArrayList<>();
    private final List<Rule> byUrl = new ArrayList<>();

    static PhraseRules load(String... resources) {
        PhraseRules phraseRules = new PhraseRules();
        Map<String, String> sets = new HashMap<>();
        for (String resource : resources) {
            for (String line : Resources.lines(resource)) {
                if (line.startsWith("@")) {
                    int eq = line.indexOf('=');
                    sets.put(line.substring(0, eq).strip(), expand(line.substring(eq + 1).strip().replace(' ', '/'), sets));
                    continue;
                }
                String[] parts = line.split("::");
                if (parts.length != 3) {
                    throw new IllegalStateException("Bad rule in " + resource + ": " + line);
                }
                String[] head = parts[0].strip().split("\\s+");
                phraseRules.add(new Rule(head[0], Double.parseDouble(head[1]), slots(parts[1].strip(), sets),
                        parts[2].strip()));
            }
        }
        return phraseRules;
    }

    private static String expand(String alternatives, Map<String, String> sets) {
        StringBuilder b = new StringBuilder();
        for (String alt : alternatives.split("/")) {
            if (alt.isEmpty()) {
                continue;
            }
            String value = alt.startsWith("@") ? sets.get(alt) : alt;
            if (value == null) {
                throw new IllegalStateException("Undefined set " + alt);
            }
            b.append(b.isEmpty() ? "" : "/").append(value);
        }
        return b.toString();
    }

    private static Slot[] slots(String pattern, Map<String, String> sets) {
        List<Slot> slots = new ArrayList<>();
        for (String item : pattern.split("\\s+")) {
            if (item.startsWith("~")) {
                slots.getLast().gapAfter = Integer.parseInt(item.substring(1));
                continue;
            }
            Slot slot = new Slot();
            String alternatives = item;
            if (alternatives.endsWith("?")) {
                slot.optional = true;
                alternatives = alternatives.substring(0, alternatives.length() - 1);
            }
            for (String alt : expand(alternatives, sets).split("/")) {
                switch (alt) {
                    case "<num>" -> slot.number = true;
                    case "<url>" -> slot.url = true;
                    case "<name>" -> slot.name = true;
                    case "<any>" -> slot.any = true;
                    default -> {
                        if (alt.endsWith("*")) {
                            slot.prefixes.add(alt.substring(0, alt.length() - 1));
                        } else {
                            slot.words.add(alt);
                        }
                    }
                }
            }
            slots.add(slot);
        }
        if (slots.getFirst().optional || slots.getFirst().any) {
            throw new IllegalStateException("The first slot of a rule must be required and specific: " + pattern);
        }
        return slots.toArray(Slot[]::new);
    }

    private void add(Rule rule) {
        Slot first = rule.slots()[0];
        first.words.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(rule));
        for (String p : first.prefixes) {
            PrefixNode node = byPrefix;
            for (int k = 0; k < p.length(); k++) {
                node = node.children.computeIfAbsent(p.charAt(k), c -> new PrefixNode());
            }
            node.rules.add(rule);
        }
        if (first.name) {
            byName.add(rule);
        }
        if (first.number) {
            byNumber.add(rule);
        }
        if (first.url) {
            byUrl.add(rule);
        }
    }

    /** @return every rule matched on {@code tokens}, each at most once (its first match) */
    List<Match> match(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        Set<Rule> seen = new HashSet<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            tryRules(byWord.get(t.norm), tokens, i, seen, matches);
            if (t.squeezed != null) {
                tryRules(byWord.get(t.squeezed), tokens, i, seen, matches);
            }
            PrefixNode node = byPrefix;
            for (int k = 0; k < t.norm.length() && node != null; k++) {
                node = node.children.get(t.norm.charAt(k));
                if (node != null && !node.rules.isEmpty()) {
                    tryRules(node.rules, tokens, i, seen, matches);
                }
            }
            if (t.kind == Token.Kind.NUMBER) {
                tryRules(byNumber, tokens, i, seen, matches);
            } else if (t.kind == Token.Kind.URL) {
                tryRules(byUrl, tokens, i, seen, matches);
            } else if (t.capitalized) {
                tryRules(byName, tokens, i, seen, matches);
            }
        }
        return matches;
    }

    private static void tryRules(@Nullable List<Rule> candidates, List<Token> tokens, int i, Set<Rule> seen, List<Match> out) {
        if (candidates == null) {
            return;
        }
        for (Rule r : candidates) {
            if (seen.contains(r) || !r.slots()[0].matches(tokens, i)) {
                continue;
            }
            int end = matchFrom(r.slots(), 1, i + 1, r.slots()[0].gapAfter, tokens);
            if (end >= 0) {
                seen.add(r);
                out.add(new Match(r, i, end));
            }
        }
    }

    /** @return the token index after the match of {@code slots[s..]} starting at {@code pos}, or -1 */
    private static int matchFrom(Slot[] slots, int s, int pos, int gap, List<Token> tokens) {
        if (s == slots.length) {
            return pos;
        }
        Slot slot = slots[s];
        if (slot.optional) {
            int skipped = matchFrom(slots, s + 1, pos, gap, tokens);
            if (skipped >= 0) {
                return skipped;
            }
        }
        for (int k = 0; k <= gap && pos + k < tokens.size(); k++) {
            if (slot.matches(tokens, pos + k)) {
                int end = matchFrom(slots, s + 1, pos + k + 1, slot.gapAfter, tokens);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /**
     * A capitalised word inside a sentence, or at its start when it is not a function word or a common
     * opening word ("Marinelli è un corrotto" names someone, "Quando è…" does not).
     */
    private static boolean isName(Token t) {
        return t.kind == Token.Kind.WORD && t.capitalized && t.norm.length() >= 3
                && (!t.sentenceStart || (t.norm.length() >= 4 && !STOP_WORDS.contains(t.norm) && !OPENING_WORDS.contains(t.norm)));
    }

    /**
     * Whether the token at {@code i} names someone: {@link #isName(Token)}, and at the start of a sentence
     * only when a surname or a verb follows ("Marinelli è…", "Mario Rossi ha…", not "Bici elettriche…").
     */
    private static boolean isName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!isName(t)) {
            return false;
        }
        if (!t.sentenceStart) {
            return true;
        }
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        return next != null && (next.capitalized || NAME_FOLLOWERS.contains(next.norm));
    }
}
