package it.piazza;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PiazzaApplication.class);

    @Test
    void verifiesModularStructure() {
        modules.verify();
    }
}
