package it.piazza.publishing;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An image attached to a draft.
 *
 * @param alt its alternative text, or {@code null} when the editor wrote none
 * @param attestations what the editor attests about it
 */
public record DraftImage(@Nullable String alt, Set<ImageAttestation> attestations) {

    public DraftImage {
        attestations = Set.copyOf(attestations);
    }

    /** @return whether the editor attested {@code attestation} */
    public boolean attests(ImageAttestation attestation) {
        return attestations.contains(attestation);
    }
}
