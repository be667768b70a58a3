package it.piazza.detection.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.piazza.detection.Intent;
import it.piazza.detection.Topic;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cue file and the folding the cues match on. */
class CuesTests {

    @Test
    void bundledCuesNameKnownCodesWithPositiveWeights() {
        List<Cue> cues = Cues.standard();

        assertThat(cues).isNotEmpty().allSatisfy(cue -> {
            assertThat(cue.weight()).isPositive();
            List<String> codes = cue.kind() == Cue.Kind.TOPIC
                    ? Arrays.stream(Topic.values()).map(Enum::name).toList()
                    : Arrays.stream(Intent.values()).map(Enum::name).toList();
            assertThat(codes).contains(cue.code());
        });
        assertThat(cues).filteredOn(c -> c.kind() == Cue.Kind.TOPIC).extracting(Cue::code)
                .containsAll(Arrays.stream(Topic.values()).map(Enum::name).toList());
    }

    @Test
    void namesTheLineOfAMalformedCue() {
        assertThatThrownBy(() -> Cues.parse(List.of("# comment", "", "INTENT\tPRESS\t1.0\tpress")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cues.tsv:3");
        assertThatThrownBy(() -> Cues.parse(List.of("INTENT\tPRESS\t1.0\tpress\t(unclosed")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cues.tsv:1");
    }

    @Test
    void anchorsCuesAtWordBoundariesOnBothSides() {
        Cue cue = Cues.parse(List.of("INTENT\tABUSE\t2.0\tinsult\t(ladr(i|oni))")).getFirst();

        assertThat(cue.pattern().matcher("siete ladri").find()).isTrue();
        assertThat(cue.pattern().matcher("scaladri").find()).isFalse();
        assertThat(cue.pattern().matcher("ladrine").find()).isFalse();
    }

    @Test
    void foldsWithoutChangingLength() {
        String text = "È così’ STR0NZI covid19 A24";

        String folded = Folding.fold(text);

        assertThat(folded).hasSameSizeAs(text).isEqualTo("e cosi' stronzi covid19 a24");
    }
}
