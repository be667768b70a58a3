package it.piazza.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyPageTests {

    private final PolicyPage page = PolicyPage.create();

    @Test
    void writesARevisionThatIsADateAsCitizensReadDates() {
        String html = page.render(Presets.load("mit"), PolicyPage.Format.HTML, null);

        assertThat(html).contains("22 settembre 2017").doesNotContain("2017-09-22");
    }

    @Test
    void keepsARevisionLabelThatIsNotADate() {
        Policy policy = PolicyReader.read("mit.yaml", Presets.yaml("mit").replaceFirst("revision: .*", "revision: \"v2 bis\""));

        assertThat(page.render(policy, PolicyPage.Format.HTML, null)).contains("v2 bis");
    }
}
