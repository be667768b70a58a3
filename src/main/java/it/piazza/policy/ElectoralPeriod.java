package it.piazza.policy;

import java.time.LocalDate;

/**
 * A period of par condicio (L. 28/2000 art. 9), both ends included.
 *
 * @param name the consultation, e.g. "Elezioni europee 2029"
 * @param from the day of convocation
 * @param to the last day of voting, runoff included
 */
public record ElectoralPeriod(String name, LocalDate from, LocalDate to) {

    /**
     * @return a period the editor or the caller declares for one check, one the policy does not list yet, named
     *         "periodo elettorale indicato nel controllo"
     */
    public static ElectoralPeriod declared(LocalDate from, LocalDate to) {
        return new ElectoralPeriod(Labels.italian().get("publishing.parCondicio.optionPeriod"), from, to);
    }

    /** @return whether {@code day} falls inside the period */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
