package it.piazza.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.piazza.publishing.ImageAttestation;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/** How the draft check reads the image slots a form sends. */
class DraftCheckFormTests {

    @Test
    void readsTheThreeSlotsAndIgnoresAnyOtherIndex() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("images[0].attached", "true");
        params.add("images[0].alt", "La piazza");
        params.add("images[0].attestations", "NO_MINORS");
        params.add("images[0].attestations", "NO_RECOGNISABLE_FACES");
        params.add("images[300].attached", "true");

        var slots = DraftCheckController.slots(params);

        assertThat(slots).hasSize(DraftCheckController.IMAGES);
        assertThat(slots.getFirst().attached()).isTrue();
        assertThat(slots.getFirst().attestations())
                .containsExactlyInAnyOrder(ImageAttestation.NO_MINORS, ImageAttestation.NO_RECOGNISABLE_FACES);
        assertThat(slots.subList(1, slots.size())).noneMatch(DraftCheckController.ImageForm::attached);
    }

    @Test
    void refusesAnAttestationThatDoesNotExist() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("images[1].attestations", "NO_KIDS");

        assertThatThrownBy(() -> DraftCheckController.slots(params)).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("NO_KIDS");
    }
}
