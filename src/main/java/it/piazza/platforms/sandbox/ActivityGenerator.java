package it.piazza.platforms.sandbox;

import it.piazza.moderation.InteractionKind;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes realistic Italian activity on the sandbox pages: the ente's posts in its own voice, citizens' comments
 * of every kind under them, replies between citizens, and private messages (requests, complaints, now and then
 * an emergency), by a set of recurring authors. The same seed and the same pages give the same activity.
 */
final class ActivityGenerator {

    /**
     * A sandbox page as the generator sees it.
     *
     * @param enteId the ente
     * @param channelId the channel
     * @param posts the latest posts, newest first
     * @param comments the latest visible citizens' comments, newest first
     */
    record PageView(String enteId, String channelId, List<String> posts, List<String> comments) {

        PageView {
            posts = List.copyOf(posts);
            comments = List.copyOf(comments);
        }
    }

    private final Random random;

    ActivityGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param pages the pages to write on (at least one), in a stable order
     * @return the next thing to write: a first post where a page has none
     */
    synchronized Activity next(List<PageView> pages) {
        List<String> entes = pages.stream().map(PageView::enteId).distinct().toList();
        String ente = entes.get(random.nextInt(entes.size()));
        List<PageView> ofEnte = pages.stream().filter(p -> p.enteId().equals(ente)).toList();
        PageView page = ofEnte.get(random.nextInt(ofEnte.size()));
        int roll = random.nextInt(100);
        if (page.posts().isEmpty() || roll < 6) {
            return new Activity.Post(ente, page.channelId(), pick(Repertoire.POSTS.getOrDefault(ente, Repertoire.POSTS.get("comune-massa"))));
        }
        Citizen author = Repertoire.CITIZENS.get(random.nextInt(Repertoire.CITIZENS.size()));
        if (roll < 22) {
            Tone tone = messageTone(author);
            return new Activity.Written(ente, page.channelId(), InteractionKind.PRIVATE_MESSAGE, null, null, author, tone,
                    pick(Repertoire.MESSAGES.get(tone)));
        }
        Tone tone = commentTone(author, ente);
        if (roll < 40 && !page.comments().isEmpty()) {
            String parent = page.comments().get(random.nextInt(Math.min(5, page.comments().size())));
            List<String> replies = Repertoire.REPLIES.get(tone);
            return new Activity.Written(ente, page.channelId(), InteractionKind.REPLY, null, parent, author, tone,
                    replies != null ? pick(replies) : commentText(ente, tone));
        }
        String post = page.posts().get(random.nextInt(Math.min(3, page.posts().size())));
        return new Activity.Written(ente, page.channelId(), InteractionKind.COMMENT, post, null, author, tone,
                commentText(ente, tone));
    }

    private Tone messageTone(Citizen author) {
        List<Tone> own = author.tones().stream().filter(Tone::isMessage).toList();
        return own.isEmpty() ? (random.nextBoolean() ? Tone.REQUEST : Tone.COMPLAINT) : pick(own);
    }

    private Tone commentTone(Citizen author, String ente) {
        List<Tone> own = author.tones().stream().filter(t -> !t.isMessage()).toList();
        Tone tone = own.isEmpty() ? Tone.QUESTION : pick(own);
        // electoral propaganda only where a campaign is on
        return tone == Tone.PROPAGANDA && !ente.equals(Repertoire.PROPAGANDA_ENTE) ? Tone.CRITICISM : tone;
    }

    private String commentText(String ente, Tone tone) {
        Map<Tone, List<String>> own = Repertoire.ENTE_COMMENTS.getOrDefault(ente, Map.of());
        List<String> texts = own.containsKey(tone) ? own.get(tone) : Repertoire.COMMENTS.get(tone);
        return pick(texts);
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
