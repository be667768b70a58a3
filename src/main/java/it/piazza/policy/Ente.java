package it.piazza.policy;

import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Who adopted the policy.
 *
 * @param name official name, e.g. "Provincia di Monza e della Brianza"
 * @param kind the kind of administration
 * @param seat the comune where its offices sit (its patron day closes them)
 * @param adoptingAct the act that adopted the policy, e.g. "DDP n. 90 del 04/07/2024", when stated
 * @param lastModified the date of last modification the policy states
 * @param website the institutional website
 * @param source where the published policy text can be read
 */
public record Ente(String name, EnteKind kind, String seat, @Nullable String adoptingAct,
        @Nullable LocalDate lastModified, URI website, @Nullable URI source) {
}
