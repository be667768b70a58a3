package it.piazza.policy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Loads the five seed policies at start: a new ente gets version 1; a preset whose text changed with a new
 * release of Piazza gets a new version; an unchanged one is left alone. Disabled with
 * {@code piazza.presets.import=false} where an ente manages its own policy.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "piazza.presets.import", havingValue = "true", matchIfMissing = true)
class PresetImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PresetImport.class);

    private final PolicyVersions versions;

    PresetImport(PolicyVersions versions) {
        this.versions = versions;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String id : Presets.IDS) {
            try {
                PolicyInForce inForce = versions.importPolicy(id + ".yaml", Presets.yaml(id), "piazza-preset");
                log.info("Policy {} in force: version {}", id, inForce.version());
            } catch (DataIntegrityViolationException e) {
                // another node sharing the database imported the same text at the same moment: its version stands
                log.info("Policy {} was imported by another node: version {}", id,
                        versions.current(id).map(PolicyInForce::version).orElse(0));
            }
        }
    }
}
