package it.piazza.web;

import it.piazza.policy.PolicyVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started Piazza where to open it. */
@Component
class StartupMessage {

    private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

    private final PolicyVersions versions;

    StartupMessage(PolicyVersions versions) {
        this.versions = versions;
    }

    @EventListener
    void on(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        StringBuilder message = new StringBuilder("\n\n  Piazza is running: open ").append(base).append("/enti\n");
        versions.entes().forEach(ente -> message.append("    ").append(ente.name()).append(": ")
                .append(base).append("/enti/").append(ente.id()).append("/policy\n"));
        log.info(message.toString());
    }
}
