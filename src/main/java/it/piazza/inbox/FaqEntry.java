package it.piazza.inbox;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * One frequent question of an ente, with its answer and the page of the ente's website it comes from.
 *
 * @param id stable identifier within the ente's FAQ, e.g. {@code tari-scadenze}
 * @param question the question as the page titles it
 * @param answer the answer, in Italian, short
 * @param source the page the answer comes from
 * @param assumption why the entry is an assumption the ente must confirm (a page address or a fact not taken
 *        from a published source), or null when it is taken from the ente's public pages
 */
public record FaqEntry(String id, String question, String answer, URI source, @Nullable String assumption) {
}
