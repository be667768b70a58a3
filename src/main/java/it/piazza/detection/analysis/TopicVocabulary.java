package it.piazza.detection.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Subject vocabularies as Italian stems: the subjects of a public administration (roads, waste, schools,
 * transport, taxes…) and the subjects that are off topic on an institutional page (football, crypto,
 * recipes, dating, horoscopes…). A resource line is {@code pa|off DOMAIN : word word …}.
 */
final class TopicVocabulary {

    private final Map<String, String> domainByStem = new HashMap<>();
    private final Set<String> offDomains = new HashSet<>();

    static TopicVocabulary load(String resource) {
        TopicVocabulary v = new TopicVocabulary();
        for (String line : Resources.lines(resource)) {
            int colon = line.indexOf(':');
            String[] head = line.substring(0, colon).strip().split("\\s+");
            if (head.length != 2 || !(head[0].equals("pa") || head[0].equals("off"))) {
                throw new IllegalStateException("Bad vocabulary line in " + resource + ": " + line);
            }
            if (head[0].equals("off")) {
                v.offDomains.add(head[1]);
            }
            for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                for (String stem : ItalianStems.of(word)) {
                    v.domainByStem.putIfAbsent(stem, head[1]);
                }
            }
        }
        return v;
    }

    /** @return the domain of {@code stem}, or null */
    @Nullable String domain(String stem) {
        return domainByStem.get(stem);
    }

    boolean isOffTopic(String domain) {
        return offDomains.contains(domain);
    }
}
