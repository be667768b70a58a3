package it.piazza.web.api;

import it.piazza.accounts.Role;
import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.ConnectionStatus;
import it.piazza.platforms.Connectors;
import it.piazza.platforms.Secrets;
import it.piazza.web.EnteAccess;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PUT /api/enti/{ente}/channels/{channel}/connection} (administrators): connects one of the ente's
 * channels to its platform, or replaces the connection and starts it again (after new credentials). The body
 * is {@code {"connector": "facebook", "apiBase": null, "settings": {...}, "secrets": {...}}}; secrets are
 * stored encrypted and never echoed: the answer names them only. Problems name the field at fault.
 */
@RestController
class ConnectionsApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChannelConnections connections;
    private final Connectors connectors;
    private final EnteAccess access;

    ConnectionsApi(ChannelConnections connections, Connectors connectors, EnteAccess access) {
        this.connections = connections;
        this.connectors = connectors;
        this.access = access;
    }

    /**
     * The connection as stored: no secret values.
     *
     * @param webhook the path the platform must call, for connectors that receive by webhook
     */
    record ConnectionJson(String channel, String connector, String state, Map<String, String> settings,
            List<String> secrets, String webhook) {
    }

    @PutMapping(value = "/api/enti/{ente}/channels/{channel}/connection", consumes = "application/json")
    ResponseEntity<?> connect(@PathVariable String ente, @PathVariable String channel, @RequestBody String body,
            Principal principal) {
        access.require(principal, ente, Role.ADMIN);
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Malformed JSON", "the body is not JSON", "body");
        }
        if (json == null || !json.isObject()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Malformed JSON", "the body must be a JSON object", "body");
        }
        String connector = json.path("connector").asString("");
        if (connector.isBlank()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Invalid connection", "missing required field \"connector\"", "connector");
        }
        if (connectors.connector(connector).isEmpty()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Invalid connection", "unknown connector \"" + connector
                    + "\"; known: " + connectors.ids(), "connector");
        }
        URI apiBase;
        try {
            apiBase = apiBase(json.path("apiBase"));
        } catch (IllegalArgumentException e) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Invalid connection", e.getMessage(), "apiBase");
        }
        Optional<Map<String, String>> settings = strings(json.path("settings"));
        if (settings.isEmpty()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Invalid connection", "\"settings\" must be an object of strings", "settings");
        }
        Optional<Map<String, String>> secrets = strings(json.path("secrets"));
        if (secrets.isEmpty()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Invalid connection", "\"secrets\" must be an object of strings", "secrets");
        }
        try {
            connections.connect(ente, channel, connector, apiBase, settings.get(), new Secrets(secrets.get()),
                    principal.getName());
        } catch (IllegalArgumentException e) {
            return Problems.of(HttpStatus.NOT_FOUND, "Unknown channel", e.getMessage(), "channel");
        } catch (IllegalStateException e) {
            return Problems.of(HttpStatus.CONFLICT, "Secrets cannot be stored", e.getMessage(), "secrets");
        }
        String state = connections.statuses(ente).stream().filter(s -> s.channelId().equals(channel))
                .map(ConnectionStatus::state).map(Enum::name).findFirst().orElse("ACTIVE");
        return ResponseEntity.ok(new ConnectionJson(channel, connector, state, settings.get(),
                secrets.get().keySet().stream().sorted().toList(), "/webhooks/" + ente + "/" + channel));
    }

    private static @Nullable URI apiBase(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(node.asString(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"apiBase\" is not an address");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("\"apiBase\" must be an http(s) address, e.g. https://graph.facebook.com");
        }
        return uri;
    }

    private static Optional<Map<String, String>> strings(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.of(Map.of());
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isString()) {
                return Optional.empty();
            }
            values.put(field.getKey(), field.getValue().asString());
        }
        return Optional.of(values);
    }
}
