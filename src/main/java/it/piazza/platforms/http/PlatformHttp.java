package it.piazza.platforms.http;

import it.piazza.platforms.ActionOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP client the connectors share: HTTP/1.1, connect and request timeouts, no redirects followed. */
@Component
public class PlatformHttp {

    /** JSON for request bodies. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Sends a request with the request timeout applied.
     *
     * @throws IOException when the platform cannot be reached or does not answer in time (retriable)
     */
    public HttpAnswer send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new HttpAnswer(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the platform", e);
        }
    }

    /**
     * Sends a request as one step of an action or a poll.
     *
     * @param platform who is called, named in the failure's reason
     * @throws CallFailed retry later, when the platform cannot be reached or does not answer in time; the reason
     *         names the kind of failure but not its message, which may hold the address (Telegram puts its token
     *         there)
     */
    public HttpAnswer call(String platform, HttpRequest.Builder request) throws CallFailed {
        try {
            return send(request);
        } catch (IOException e) {
            throw new CallFailed(new ActionOutcome.RetryLater(
                    platform + " unreachable (" + e.getClass().getSimpleName() + ")", null));
        }
    }

    /** @return a request builder for {@code base} + {@code path} */
    public static HttpRequest.Builder request(URI base, String path) {
        String b = base.toString();
        return HttpRequest.newBuilder(URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path));
    }

    /** @return the parameters URL-encoded as {@code application/x-www-form-urlencoded} (also a query string) */
    public static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** @return the value URL-encoded */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** @return a JSON body publisher for {@code value} */
    public static HttpRequest.BodyPublisher json(Object value) {
        return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(value));
    }

    /**
     * Reads a {@code Retry-After} value (RFC 9110: seconds, or an HTTP date).
     *
     * @return how long to wait, or null when absent or unreadable
     */
    public static @Nullable Duration retryAfter(@Nullable String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
