package it.piazza.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The base of the platform fakes: a JDK HTTP server on a free loopback port that hands each request to
 * {@link #handle} one at a time (the fakes keep plain state) and counts requests by "METHOD /path".
 */
public abstract class FakeHttpApi implements AutoCloseable {

    /** JSON for the fakes' payloads. */
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient PIAZZA = HttpClient.newHttpClient();

    private final HttpServer server;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    protected FakeHttpApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::dispatch);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** @return the fake's address, to use as the connection's API base */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** @return how many requests "METHOD /path" the fake received */
    public int count(String methodAndPath) {
        AtomicInteger n = counts.get(methodAndPath);
        return n == null ? 0 : n.get();
    }

    /** Answers one request; called with the fake's lock held. */
    protected abstract Reply handle(Call call);

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.getFirst()));
            Call call = new Call(exchange.getRequestMethod(), uri.getPath(), parse(uri.getRawQuery()), headers, body);
            counts.computeIfAbsent(call.method() + " " + call.path(), k -> new AtomicInteger()).incrementAndGet();
            Reply reply;
            synchronized (this) {
                reply = handle(call);
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (reply.body().length > 0) {
                exchange.getResponseHeaders().putIfAbsent("Content-Type", List.of("application/json; charset=utf-8"));
            }
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                exchange.getResponseBody().write(reply.body());
            }
        }
    }

    /** @return the parameters of a query string or form body, each name with its values in order */
    public static Map<String, List<String>> parse(@Nullable String raw) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /**
     * Sends a request to Piazza as the platform does (a webhook delivery or handshake).
     *
     * @return Piazza's answer
     */
    public static HttpResponse<String> toPiazza(HttpRequest.Builder request) {
        try {
            return PIAZZA.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Piazza did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Piazza", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * A request as the fake received it.
     *
     * @param method the HTTP method
     * @param path the path
     * @param query the query parameters
     * @param headers the headers, names in lower case
     * @param body the raw body
     */
    public record Call(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
            byte[] body) {

        /** @return the first value of the query parameter, or null */
        public @Nullable String param(String name) {
            List<String> values = query.get(name);
            return values == null ? null : values.getFirst();
        }

        /** @return the header, or null */
        public @Nullable String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** @return the body as JSON */
        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** @return the body as a form */
        public Map<String, List<String>> form() {
            return parse(new String(body, StandardCharsets.UTF_8));
        }
    }

    /**
     * An answer of the fake.
     *
     * @param status the HTTP status
     * @param headers extra headers
     * @param body the body
     */
    public record Reply(int status, Map<String, String> headers, byte[] body) {

        /** @return a JSON answer */
        public static Reply json(int status, JsonNode body) {
            return new Reply(status, Map.of(), JSON.writeValueAsBytes(body));
        }

        /** @return an answer without a body */
        public static Reply empty(int status) {
            return new Reply(status, Map.of(), new byte[0]);
        }

        /** @return this answer with one more header */
        public Reply with(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body);
        }
    }

    /** @return a new JSON object */
    protected static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
