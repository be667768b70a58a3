package it.piazza.platforms.sandbox;

import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.Capabilities;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.Connector;
import it.piazza.platforms.Connectors;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.Receiving;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The connector of the sandbox pages: no settings, no secrets, nothing to receive from outside (the pages live
 * in Piazza and hand each new item to {@link it.piazza.platforms.Inbound}). Its capabilities are those of the
 * real platform the channel is on ({@link RealConnectors}), received {@link Receiving#BUILT_IN}; actions change
 * the page and are counted.
 */
@Component
class SandboxConnector implements Connector {

    /** The connector's id. */
    static final String ID = "sandbox";

    private static final Logger log = LoggerFactory.getLogger(SandboxConnector.class);

    private final SandboxState state;
    private final ObjectProvider<Connectors> connectors;

    // the registry holds this connector too: it is looked up when needed, not when this bean is made
    SandboxConnector(SandboxState state, ObjectProvider<Connectors> connectors) {
        this.state = state;
        this.connectors = connectors;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Capabilities capabilities(ChannelConnection connection) {
        return capabilitiesOf(connection, id -> connectors.getObject().connector(id));
    }

    /**
     * @param realConnector finds a connector by id
     * @return the capabilities the real connector of the connection's platform declares for it, received
     *         built-in; everything when that platform has no connector, or its connector cannot tell without
     *         settings the sandbox connection does not have
     */
    static Capabilities capabilitiesOf(ChannelConnection connection, Function<String, Optional<Connector>> realConnector) {
        Optional<Connector> real = RealConnectors.of(connection.platform()).flatMap(realConnector);
        if (real.isEmpty()) {
            return Capabilities.of(EnumSet.allOf(ActionKind.class), Receiving.BUILT_IN);
        }
        ChannelConnection asReal = new ChannelConnection(connection.enteId(), connection.channelId(),
                connection.platform(), real.get().id(), null, connection.settings(), connection.secrets(),
                connection.state());
        try {
            Capabilities capabilities = real.get().capabilities(asReal);
            return new Capabilities(capabilities.actions(), Set.of(Receiving.BUILT_IN), capabilities.windows(),
                    capabilities.irreversible());
        } catch (IllegalStateException e) {
            log.debug("The {} connector needs settings to tell its capabilities; the sandbox allows everything: {}",
                    real.get().id(), e.getMessage());
            return Capabilities.of(EnumSet.allOf(ActionKind.class), Receiving.BUILT_IN);
        }
    }

    @Override
    public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        if (!capabilities(connection).allows(action.kind())) {
            return new ActionOutcome.Refused("La piattaforma " + connection.platform() + " non consente l'azione " + action.kind());
        }
        return state.apply(connection.enteId(), connection.channelId(), action, idempotencyKey);
    }

    @Override
    public Optional<ActionOutcome> confirm(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        return state.shows(connection.enteId(), connection.channelId(), action).map(ActionOutcome.Done::new);
    }
}
