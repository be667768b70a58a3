package it.piazza.detection;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the detectors need to know about one ente; the moderation engine builds it from the ente's policy.
 * Immutable; change a copy with the {@code with…} methods.
 *
 * <p>Example: {@code AnalysisSettings.defaults().withPurposes("viabilità, scuole, ambiente")
 * .withNonProfitInitiativesAllowed(true)}.
 *
 * @param purposes the ente's institutional purposes and topics in Italian prose; comments about them are on
 *                 topic even when the post they answer is about something else
 * @param candidates names of candidates of the current election ("Mario Rossi"), compared case-insensitively
 * @param parties names of lists and parties of the current election, compared case-insensitively
 * @param electoralHashtags electoral hashtags without {@code #}, compared case-insensitively
 * @param nonProfitInitiativesAllowed whether users may promote non-profit territorial initiatives (Monza)
 * @param officialDomains the ente's own web domains ({@code mit.gov.it}); links to them are never
 *                        advertising or spam
 * @param officialContacts the ente's own public contacts (e-mail, phone, handles); never advertising
 * @param repetitionWindow how far back a repeated or near-repeated comment of the same author is spam
 * @param floodCount how many comments of the same author within {@code floodWindow}, this one included,
 *                   make a flood
 * @param floodWindow the window of {@code floodCount}
 */
public record AnalysisSettings(String purposes, Set<String> candidates, Set<String> parties,
                               Set<String> electoralHashtags, boolean nonProfitInitiativesAllowed,
                               Set<String> officialDomains, Set<String> officialContacts,
                               Duration repetitionWindow, int floodCount, Duration floodWindow) {

    private static final AnalysisSettings DEFAULTS = new AnalysisSettings("", Set.of(), Set.of(), Set.of(),
            false, Set.of(), Set.of(), Duration.ofHours(24), 5, Duration.ofMinutes(10));

    public AnalysisSettings {
        Objects.requireNonNull(purposes, "purposes");
        candidates = lower(candidates);
        parties = lower(parties);
        electoralHashtags = lower(electoralHashtags).stream().map(h -> h.startsWith("#") ? h.substring(1) : h)
                .collect(Collectors.toUnmodifiableSet());
        officialDomains = lower(officialDomains);
        officialContacts = lower(officialContacts);
        Objects.requireNonNull(repetitionWindow, "repetitionWindow");
        Objects.requireNonNull(floodWindow, "floodWindow");
        if (floodCount < 2) {
            throw new IllegalArgumentException("floodCount must be at least 2, was " + floodCount);
        }
    }

    /**
     * @return no purposes, no election, no non-profit initiatives, no official domains, repetition within
     *         24 hours, flood at 5 comments in 10 minutes
     */
    public static AnalysisSettings defaults() {
        return DEFAULTS;
    }

    /** @return a copy with these purposes */
    public AnalysisSettings withPurposes(String purposes) {
        return new AnalysisSettings(purposes, candidates, parties, electoralHashtags, nonProfitInitiativesAllowed,
                officialDomains, officialContacts, repetitionWindow, floodCount, floodWindow);
    }

    /** @return a copy with the lists of the current election */
    public AnalysisSettings withElection(Set<String> candidates, Set<String> parties, Set<String> electoralHashtags) {
        return new AnalysisSettings(purposes, candidates, parties, electoralHashtags, nonProfitInitiativesAllowed,
                officialDomains, officialContacts, repetitionWindow, floodCount, floodWindow);
    }

    /** @return a copy that does or does not allow non-profit territorial initiatives */
    public AnalysisSettings withNonProfitInitiativesAllowed(boolean allowed) {
        return new AnalysisSettings(purposes, candidates, parties, electoralHashtags, allowed,
                officialDomains, officialContacts, repetitionWindow, floodCount, floodWindow);
    }

    /** @return a copy with the ente's own domains and contacts */
    public AnalysisSettings withOfficial(Set<String> domains, Set<String> contacts) {
        return new AnalysisSettings(purposes, candidates, parties, electoralHashtags, nonProfitInitiativesAllowed,
                domains, contacts, repetitionWindow, floodCount, floodWindow);
    }

    /** @return a copy with these repetition and flood limits */
    public AnalysisSettings withSpamLimits(Duration repetitionWindow, int floodCount, Duration floodWindow) {
        return new AnalysisSettings(purposes, candidates, parties, electoralHashtags, nonProfitInitiativesAllowed,
                officialDomains, officialContacts, repetitionWindow, floodCount, floodWindow);
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
