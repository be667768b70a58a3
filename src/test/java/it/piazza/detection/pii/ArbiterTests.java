package it.piazza.detection.pii;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.PersonalDataFinding;
import it.piazza.detection.PersonalDataType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArbiterTests {

    private static final String TEXT = "0123456789012345678901234567890123456789";

    @Test
    void givesAnOverlapToTheMostConfidentCandidate() {
        List<PersonalDataFinding> findings = Arbiter.settle(TEXT, List.of(
                Candidate.of(PersonalDataType.PHONE, 5, 16, 0.85, "phone"),
                Candidate.of(PersonalDataType.PARTITA_IVA, 5, 16, 0.9, "vat")));
        assertThat(findings).extracting(PersonalDataFinding::type).containsExactly(PersonalDataType.PARTITA_IVA);
    }

    @Test
    void prefersTheLongerCandidateAtEqualConfidence() {
        List<PersonalDataFinding> findings = Arbiter.settle(TEXT, List.of(
                Candidate.of(PersonalDataType.PHONE, 10, 14, 0.9, "short"),
                Candidate.of(PersonalDataType.IBAN, 8, 30, 0.9, "long")));
        assertThat(findings).extracting(PersonalDataFinding::type).containsExactly(PersonalDataType.IBAN);
    }

    @Test
    void letsANotPersonalClaimSilenceWhatItOverlaps() {
        List<PersonalDataFinding> findings = Arbiter.settle(TEXT, List.of(
                Candidate.notPersonal(0, 27, 0.95, "invalid IBAN"),
                Candidate.of(PersonalDataType.PHONE, 10, 20, 0.85, "phone"),
                Candidate.of(PersonalDataType.PHONE, 30, 38, 0.85, "phone after it")));
        assertThat(findings).extracting(f -> f.span().start()).containsExactly(30);
    }

    @Test
    void dropsCandidatesBelowTheThreshold() {
        assertThat(Arbiter.settle(TEXT, List.of(Candidate.of(PersonalDataType.ID_CARD, 0, 9, 0.4, "weak"))))
                .isEmpty();
    }

    @Test
    void returnsDisjointFindingsSortedByStart() {
        List<Candidate> candidates = new ArrayList<>();
        for (int start = 0; start < 35; start += 3) {
            candidates.add(Candidate.of(PersonalDataType.OTHER, start, start + 5, 0.5 + start / 100.0, "c" + start));
        }
        List<PersonalDataFinding> findings = Arbiter.settle(TEXT, candidates);
        assertThat(findings).isNotEmpty();
        for (int i = 1; i < findings.size(); i++) {
            assertThat(findings.get(i).span().start()).isGreaterThanOrEqualTo(findings.get(i - 1).span().end());
        }
        assertThat(findings.getLast().span().start()).isEqualTo(33);
    }
}
