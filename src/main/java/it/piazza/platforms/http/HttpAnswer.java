package it.piazza.platforms.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A platform's answer.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body bytes
 */
public record HttpAnswer(int status, HttpHeaders headers, byte[] body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** @return whether the status is 2xx */
    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** @return the body as UTF-8 text */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return the body as JSON, or a missing node when it is empty or not JSON */
    public JsonNode json() {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    /** @return the first value of the header */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** @return the status and the start of the body, for an operator reading why an action failed */
    public String summary() {
        String text = text().strip();
        return "HTTP " + status + (text.isEmpty() ? "" : ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
    }
}
