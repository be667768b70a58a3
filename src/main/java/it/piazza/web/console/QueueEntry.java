package it.piazza.web.console;

import it.piazza.detection.Category;
import it.piazza.moderation.Evidence;
import it.piazza.moderation.ReviewItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A queued comment as the queue page shows it: the comment cut into pieces so that the evidence of each
 * ground can be highlighted.
 *
 * @param item the queued comment and its automatic suggestion
 * @param pieces the text, in order; the pieces with a category are evidence
 * @param words for each ground's category, the words of the comment it rests on (distinct, in order)
 * @param mine whether the signed-in person holds it
 */
record QueueEntry(ReviewItem item, List<Piece> pieces, Map<Category, List<String>> words, boolean mine) {

    /**
     * A piece of the comment's text.
     *
     * @param text the text
     * @param category the ground it is evidence for, or null for plain text
     */
    record Piece(String text, @Nullable Category category) {
    }

    /** @return the entry, with the evidence spans cut out of the text (overlapping spans: the first wins) */
    static QueueEntry of(ReviewItem item, String user) {
        String text = item.interaction().text();
        List<Evidence> evidence = item.suggestion().reasons().evidence().stream()
                .filter(e -> e.span().start() >= 0 && e.span().end() <= text.length() && e.span().start() < e.span().end())
                .sorted(Comparator.comparing(Evidence::span)).toList();
        Map<Category, List<String>> words = new EnumMap<>(Category.class);
        for (Evidence e : evidence) {
            List<String> of = words.computeIfAbsent(e.category(), c -> new ArrayList<>());
            String word = text.substring(e.span().start(), e.span().end());
            if (!of.contains(word)) {
                of.add(word);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Evidence e : evidence) {
            if (e.span().start() < at) {
                continue;
            }
            if (e.span().start() > at) {
                pieces.add(new Piece(text.substring(at, e.span().start()), null));
            }
            pieces.add(new Piece(text.substring(e.span().start(), e.span().end()), e.category()));
            at = e.span().end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return new QueueEntry(item, pieces, words, user.equals(item.claimedBy()));
    }
}
