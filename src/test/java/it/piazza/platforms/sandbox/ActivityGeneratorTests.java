package it.piazza.platforms.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.moderation.InteractionKind;
import it.piazza.policy.Presets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActivityGeneratorTests {

    /** Words almost every Italian sentence has and English ones lack. */
    private static final Set<String> ITALIAN = Set.of("il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dei",
            "a", "al", "alla", "da", "in", "nel", "nella", "con", "su", "per", "un", "una", "è", "e", "che", "non", "ci",
            "vi", "si", "mi", "ma", "sono", "siete", "ho", "chi", "tutti", "se", "sei", "mia", "mio", "anche", "ti", "grazie",
            "così");

    /** Each preset ente with one page that already has posts and comments. */
    private static final List<ActivityGenerator.PageView> PAGES = Presets.IDS.stream()
            .map(ente -> new ActivityGenerator.PageView(ente, "facebook", List.of(ente + "-p2", ente + "-p1"),
                    List.of(ente + "-c3", ente + "-c2", ente + "-c1")))
            .toList();

    private static List<Activity> generate(long seed, int count) {
        ActivityGenerator generator = new ActivityGenerator(seed);
        List<Activity> activity = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            activity.add(generator.next(PAGES));
        }
        return activity;
    }

    private static List<Activity.Written> written(List<Activity> activity) {
        return activity.stream().filter(a -> a instanceof Activity.Written).map(a -> (Activity.Written) a).toList();
    }

    @Test
    void theSameSeedWritesTheSameActivity() {
        assertThat(generate(42, 500)).isEqualTo(generate(42, 500));
        assertThat(generate(42, 500)).isNotEqualTo(generate(43, 500));
    }

    @Test
    void everyKindOfCommentAndMessageAppears() {
        List<Activity> activity = generate(2026, 3000);

        assertThat(activity).anySatisfy(a -> assertThat(a).isInstanceOf(Activity.Post.class));
        assertThat(written(activity).stream().map(Activity.Written::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(InteractionKind.values());
        assertThat(written(activity).stream().map(Activity.Written::tone).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Tone.values());
        assertThat(written(activity)).allSatisfy(w -> assertThat(w.tone().isMessage())
                .isEqualTo(w.kind() == InteractionKind.PRIVATE_MESSAGE));
    }

    @Test
    void everyTextIsItalian() {
        List<Activity> activity = generate(7, 3000);

        assertThat(activity).allSatisfy(a -> assertThat(Arrays.asList(a.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
                .as(a.text()).containsAnyElementsOf(ITALIAN));
        assertThat(activity.stream().map(Activity::text).distinct().count()).isGreaterThan(100);
    }

    @Test
    void eachEntePostsInItsOwnVoice() {
        Map<String, Set<String>> posted = generate(11, 3000).stream().filter(a -> a instanceof Activity.Post)
                .collect(Collectors.groupingBy(Activity::enteId, Collectors.mapping(Activity::text, Collectors.toSet())));

        assertThat(posted.keySet()).containsExactlyInAnyOrderElementsOf(Presets.IDS);
        posted.forEach((ente, texts) -> assertThat(Repertoire.POSTS.get(ente)).containsAll(texts));
        assertThat(posted.get("comune-massa")).anySatisfy(t -> assertThat(t).contains("Raccolta differenziata"));
        assertThat(posted.get("mit")).anySatisfy(t -> assertThat(t).contains("chiusura notturna"));
    }

    @Test
    void electoralPropagandaAppearsOnlyInRome() {
        assertThat(written(generate(5, 3000))).filteredOn(w -> w.tone() == Tone.PROPAGANDA)
                .isNotEmpty()
                .allSatisfy(w -> assertThat(w.enteId()).isEqualTo("roma-capitale"));
    }

    @Test
    void someAuthorsOffendAgainOnTheSamePage() {
        Map<String, Long> offences = written(generate(3, 3000)).stream()
                .filter(w -> EnumSet.of(Tone.INSULT, Tone.THREAT).contains(w.tone()))
                .collect(Collectors.groupingBy(w -> w.enteId() + "/" + w.author().name(), Collectors.counting()));

        assertThat(offences.values()).anySatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
    }

    @Test
    void repliesAnswerACommentAndCommentsAPostOfTheirPage() {
        Map<String, ActivityGenerator.PageView> byEnte = PAGES.stream()
                .collect(Collectors.toMap(ActivityGenerator.PageView::enteId, Function.identity()));

        assertThat(written(generate(9, 1000))).allSatisfy(w -> {
            switch (w.kind()) {
                case COMMENT -> assertThat(byEnte.get(w.enteId()).posts()).contains(w.postId());
                case REPLY -> assertThat(byEnte.get(w.enteId()).comments()).contains(w.parentId());
                case PRIVATE_MESSAGE -> assertThat(w.postId()).isNull();
            }
        });
    }

    @Test
    void aPageWithoutPostsGetsAPostFirst() {
        ActivityGenerator generator = new ActivityGenerator(1);
        List<ActivityGenerator.PageView> empty = List.of(new ActivityGenerator.PageView("mit", "x", List.of(), List.of()));

        assertThat(generator.next(empty)).isInstanceOfSatisfying(Activity.Post.class,
                p -> assertThat(Repertoire.POSTS.get("mit")).contains(p.text()));
    }
}
