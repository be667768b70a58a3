package it.piazza.platforms;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A webhook call as it arrived: query parameters, headers and the raw body bytes (signatures are computed over
 * these bytes, never over a re-serialised form).
 *
 * @param query query parameters (first value of each)
 * @param headers headers, names in lower case (first value of each)
 * @param body the raw body
 */
public record WebhookRequest(Map<String, String> query, Map<String, String> headers, byte[] body) {

    /** @return the header, looked up case-insensitively, or null */
    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
