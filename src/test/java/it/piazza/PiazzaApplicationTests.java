package it.piazza;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiazzaApplicationTests {

    @Test
    void startsTheServerWithNoArgumentsOrWithSettingsOnly() {
        assertThat(PiazzaApplication.startsServer(new String[0])).isTrue();
        assertThat(PiazzaApplication.startsServer(new String[] {"--server.port=9090"})).isTrue();
        assertThat(PiazzaApplication.startsServer(new String[] {"--piazza.demo=false", "--server.port=9090"})).isTrue();
        assertThat(PiazzaApplication.startsServer(new String[] {"--piazza.classifier.model.comune-massa=m.model"})).isTrue();
    }

    @Test
    void runsACommandOrItsHelpOtherwise() {
        assertThat(PiazzaApplication.startsServer(new String[] {"moderate", "--ente", "mit"})).isFalse();
        assertThat(PiazzaApplication.startsServer(new String[] {"--help"})).isFalse();
        assertThat(PiazzaApplication.startsServer(new String[] {"--version"})).isFalse();
        assertThat(PiazzaApplication.startsServer(new String[] {"--ente=mit"})).isFalse();
    }
}
