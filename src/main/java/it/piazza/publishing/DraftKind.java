package it.piazza.publishing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a draft is about, as the editor declares it; par condicio and legal publicity depend on it. */
public enum DraftKind {
    /** News of the ente's activity. */
    NEWS,
    /** An event: a festival, an inauguration, a meeting. */
    EVENT,
    /** An administrative act: an ordinance, a notice, a call, a resolution. */
    ACT,
    /** A service notice: opening hours, closures, deadlines, traffic. */
    SERVICE,
    /** Civil protection, public safety or health alert. */
    EMERGENCY,
    /** A communication campaign. */
    CAMPAIGN;

    /** @return the lower-case code of {@code docs/contracts.md}, e.g. {@code news} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the kind whose code is {@code code}, or empty */
    public static Optional<DraftKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /**
     * @return whether this kind may be published during par condicio, when impersonal and indispensable:
     *         service notices, emergencies and acts that must take legal effect (L. 28/2000 art. 9)
     */
    public boolean allowedDuringParCondicio() {
        return this == SERVICE || this == EMERGENCY || this == ACT;
    }
}
