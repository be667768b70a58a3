package it.piazza.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.Category;
import it.piazza.policy.ContentAction;
import it.piazza.policy.Policy;
import it.piazza.policy.Presets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModerationNoticeTests {

    private static final Policy ROMA = Presets.load("roma-capitale");
    private static final List<Ground> INSULT = List.of(new Ground(Category.INSULT, "Insulti", 0.9, "lexicon", true));

    @Test
    void statesTheEndOfABanAsTheDateOnTheCalendarInItaly() {
        // 23:30 UTC on 9 January is already 10 January in Rome; Roma Capitale bans for 30 days.
        String notice = Moderation.notice(ROMA, ContentAction.REMOVE, INSULT, Set.of(AuthorMeasure.BAN),
                "https://piazza.example/ricorso", Instant.parse("2027-01-09T23:30:00Z"));

        assertThat(notice).contains("bloccato fino al 9/2/2027");
    }

    @Test
    void warnsAfterTheRemovalNoticeWhenTheAuthorIsWarned() {
        String notice = Moderation.notice(ROMA, ContentAction.REMOVE, INSULT, Set.of(AuthorMeasure.WARN),
                "https://piazza.example/ricorso", Instant.parse("2027-01-09T10:00:00Z"));

        assertThat(notice).contains("https://piazza.example/ricorso").contains("\n\n")
                .doesNotContain("bloccato fino al");
    }
}
