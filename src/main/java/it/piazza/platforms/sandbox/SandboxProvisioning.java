package it.piazza.platforms.sandbox;

import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.ConnectionStatus;
import it.piazza.platforms.Secrets;
import it.piazza.policy.Channel;
import it.piazza.policy.ChannelStatus;
import it.piazza.policy.PolicyInForce;
import it.piazza.policy.PolicyVersions;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start with {@code piazza.sandbox.enabled=true}: every active channel of every ente that has no
 * connection is connected to the sandbox, by {@code piazza}. It runs after the presets are imported (order 0)
 * and before the demo comments (order 20), which therefore appear on the sandbox pages with their decisions
 * carried out; a channel already connected (to the sandbox or a real platform) is left alone, so a restart
 * changes nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "piazza.sandbox.enabled", havingValue = "true")
class SandboxProvisioning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SandboxProvisioning.class);

    private final PolicyVersions policies;
    private final ChannelConnections connections;

    SandboxProvisioning(PolicyVersions policies, ChannelConnections connections) {
        this.policies = policies;
        this.connections = connections;
    }

    @Override
    public void run(ApplicationArguments args) {
        int connected = connectAll();
        if (connected > 0) {
            log.info("Sandbox: {} channels connected to the sandbox pages (console: /console/sandbox)", connected);
        }
    }

    /** @return how many channels were connected now */
    int connectAll() {
        int connected = 0;
        for (PolicyVersions.EnteSummary ente : policies.entes()) {
            PolicyInForce inForce = policies.current(ente.id()).orElse(null);
            if (inForce == null) {
                continue;
            }
            java.util.Set<String> withConnection = connections.statuses(ente.id()).stream()
                    .map(ConnectionStatus::channelId).collect(java.util.stream.Collectors.toSet());
            for (Channel channel : inForce.policy().channels()) {
                if (channel.status() == ChannelStatus.ACTIVE && !withConnection.contains(channel.id())) {
                    connections.connect(ente.id(), channel.id(), SandboxConnector.ID, null, Map.of(), Secrets.NONE, "piazza");
                    connected++;
                }
            }
        }
        return connected;
    }
}
