package it.piazza.detection.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Single-word lexicon entries with their inflected forms. A resource line is
 * {@code kind weight lemma [form …]}: the lemma is inflected by gender and number from its ending
 * ({@code stronzo} → {@code stronza, stronzi, stronze}; {@code coglione} → {@code cogliona, coglioni};
 * {@code idiota} → {@code idioti, idiote}) unless it ends with {@code =}; further forms are taken as written.
 */
final class Lexicon {

    /** A lexicon entry: the lemma, its kind (insult, vulgar, slur, …) and how offensive it is. */
    record Entry(String lemma, String kind, double weight, String source) {
    }

    /** A token found in the lexicon, and the form it matched. */
    record Match(Entry entry, String form) {
    }

    /** Longer disguised words are not matched: no lexicon form is that long, and globbing would cost. */
    private static final int MAX_WILDCARD_LENGTH = 24;

    private final Map<String, Entry> forms = new HashMap<>();
    private final Map<Character, List<String>> formsByInitial = new HashMap<>();

    static Lexicon load(String... resources) {
        Lexicon lexicon = new Lexicon();
        for (String resource : resources) {
            for (String line : Resources.lines(resource)) {
                String[] f = line.split("\\s+");
                if (f.length < 3) {
                    throw new IllegalStateException("Bad lexicon line in " + resource + ": " + line);
                }
                boolean inflect = !f[2].endsWith("=");
                String lemma = inflect ? f[2] : f[2].substring(0, f[2].length() - 1);
                Entry entry = new Entry(lemma, f[0], Double.parseDouble(f[1]), resource);
                Set<String> all = new LinkedHashSet<>();
                all.addAll(inflect ? inflections(lemma) : List.of(lemma));
                for (int k = 3; k < f.length; k++) {
                    all.add(f[k]);
                }
                for (String form : all) {
                    lexicon.forms.putIfAbsent(form, entry);
                }
            }
        }
        for (String form : lexicon.forms.keySet()) {
            lexicon.formsByInitial.computeIfAbsent(form.charAt(0), c -> new ArrayList<>()).add(form);
        }
        return lexicon;
    }

    static List<String> inflections(String lemma) {
        List<String> out = new ArrayList<>(List.of(lemma));
        if (lemma.endsWith("one")) {
            String stem = lemma.substring(0, lemma.length() - 3);
            out.addAll(List.of(stem + "ona", stem + "oni", stem + "one"));
        } else if (lemma.endsWith("co") || lemma.endsWith("go")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            out.addAll(List.of(stem + "a", stem + "i", stem + "hi", stem + "he"));
        } else if (lemma.endsWith("ca") || lemma.endsWith("ga")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            out.addAll(List.of(stem + "he", stem + "hi"));
        } else if (lemma.endsWith("o")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            out.addAll(List.of(stem + "a", stem + "i", stem + "e"));
        } else if (lemma.endsWith("a")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            out.addAll(List.of(stem + "e", stem + "i"));
        } else if (lemma.endsWith("e")) {
            out.add(lemma.substring(0, lemma.length() - 1) + "i");
        }
        return out;
    }

    /** @return the entry of {@code token}, trying its stretched-letters and wildcard readings too */
    @Nullable Match lookup(Token token) {
        Entry e = forms.get(token.norm);
        if (e != null) {
            return new Match(e, token.norm);
        }
        if (token.squeezed != null && (e = forms.get(token.squeezed)) != null) {
            return new Match(e, token.squeezed);
        }
        if (token.wildcard) {
            return wildcard(token.norm);
        }
        if (token.obfuscated) {
            return trimmed(token.norm);
        }
        return null;
    }

    /**
     * Spaced-out letters may take in a neighbouring one-letter word ("v a f f a n c u l o a tutti" joins to
     * "vaffanculoa"): tries the form without up to two letters at either end.
     */
    private @Nullable Match trimmed(String norm) {
        for (int head = 0; head <= 2; head++) {
            for (int tail = 0; tail <= 2; tail++) {
                if ((head > 0 || tail > 0) && norm.length() - head - tail >= 4) {
                    Entry e = forms.get(norm.substring(head, norm.length() - tail));
                    if (e != null) {
                        return new Match(e, norm.substring(head, norm.length() - tail));
                    }
                }
            }
        }
        return null;
    }

    /**
     * Matches "m***a", "c*zzo", "vaff*****": at least two visible letters, each run of {@code *} standing
     * for one or more letters; the first visible letter must be the first letter of the form. Among several
     * forms the one closest in length wins ("m***a" is "merda", not "minchia").
     */
    private @Nullable Match wildcard(String pattern) {
        int visible = 0;
        for (int k = 0; k < pattern.length(); k++) {
            if (pattern.charAt(k) != '*') {
                visible++;
            }
        }
        if (visible < 2 || pattern.charAt(0) == '*' || pattern.length() > MAX_WILDCARD_LENGTH) {
            return null;
        }
        List<String> candidates = formsByInitial.getOrDefault(pattern.charAt(0), List.of());
        Match best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String form : candidates) {
            if (form.length() >= pattern.length() - 1 && globMatches(pattern, 0, form, 0)) {
                Entry e = forms.get(form);
                int distance = Math.abs(form.length() - pattern.length());
                if (best == null || distance < bestDistance
                        || (distance == bestDistance && e.weight() > best.entry().weight())) {
                    best = new Match(e, form);
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static boolean globMatches(String p, int pi, String s, int si) {
        if (pi == p.length()) {
            return si == s.length();
        }
        if (p.charAt(pi) == '*') {
            int next = pi;
            while (next < p.length() && p.charAt(next) == '*') {
                next++;
            }
            for (int k = si + 1; k <= s.length(); k++) {
                if (globMatches(p, next, s, k)) {
                    return true;
                }
            }
            return false;
        }
        return si < s.length() && p.charAt(pi) == s.charAt(si) && globMatches(p, pi + 1, s, si + 1);
    }
}
