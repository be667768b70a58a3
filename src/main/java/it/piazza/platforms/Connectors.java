package it.piazza.platforms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The connectors Piazza has, by id. */
@Component
public class Connectors {

    private final Map<String, Connector> byId;

    Connectors(List<Connector> connectors) {
        this.byId = connectors.stream().collect(Collectors.toUnmodifiableMap(Connector::id, Function.identity()));
    }

    /** @return the connector with this id */
    public Optional<Connector> connector(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return the connector of the connection; present for every stored connection, checked when connecting */
    public Connector of(ChannelConnection connection) {
        return connector(connection.connector()).orElseThrow(() -> new IllegalStateException(
                "no connector \"" + connection.connector() + "\"; known: " + byId.keySet()));
    }

    /** @return what the connection can do on its platform */
    public Capabilities capabilities(ChannelConnection connection) {
        return of(connection).capabilities(connection);
    }

    /** @return the ids of all connectors */
    public java.util.Set<String> ids() {
        return byId.keySet();
    }
}
