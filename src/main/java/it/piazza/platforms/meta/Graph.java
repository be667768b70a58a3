package it.piazza.platforms.meta;

import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.http.HttpAnswer;
import it.piazza.platforms.http.PlatformHttp;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Calls to the Graph API: writes take form parameters (or JSON for the Send API), the token goes in the
 * {@code Authorization} header, and every answer that is not 2xx becomes an outcome through
 * {@link GraphErrors}.
 */
@Component
public class Graph {

    private final PlatformHttp http;
    private final Clock clock;

    /** A Graph API client over the connectors' shared HTTP client. */
    public Graph(PlatformHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /**
     * A write with form parameters in the body ({@code POST}) or in the query ({@code DELETE}).
     *
     * @param path the path after the version, e.g. {@code /123_456}
     * @param target the id acted on, for outcomes that name it
     * @param done what a 2xx answer's JSON means
     */
    public ActionOutcome write(GraphAccount account, String method, String path, Map<String, String> parameters,
            String target, Function<JsonNode, ActionOutcome> done) {
        HttpRequest.Builder request = switch (method) {
            case "POST" -> request(account, path, Map.of())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(PlatformHttp.form(parameters)));
            case "DELETE" -> request(account, path, parameters).DELETE();
            default -> throw new IllegalArgumentException("a Graph write is POST or DELETE, not " + method);
        };
        return outcome(request, target, done);
    }

    /**
     * A write with its parameters in the query string and no body, as Instagram documents them
     * ({@code POST /{ig-comment-id}?hide=true}).
     */
    public ActionOutcome writeInQuery(GraphAccount account, String path, Map<String, String> parameters, String target,
            Function<JsonNode, ActionOutcome> done) {
        return outcome(request(account, path, parameters).POST(HttpRequest.BodyPublishers.noBody()), target, done);
    }

    /** A {@code POST} with a JSON body (the Send API: private replies and messages). */
    public ActionOutcome writeJson(GraphAccount account, String path, Object body, String target,
            Function<JsonNode, ActionOutcome> done) {
        return outcome(request(account, path, Map.of()).header("Content-Type", "application/json")
                .POST(PlatformHttp.json(body)), target, done);
    }

    /** @return the answer to a {@code GET}, or empty when Meta cannot be reached */
    public Optional<HttpAnswer> read(GraphAccount account, String path, Map<String, String> query) {
        try {
            return Optional.of(http.send(request(account, path, query).GET()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private ActionOutcome outcome(HttpRequest.Builder request, String target, Function<JsonNode, ActionOutcome> done) {
        HttpAnswer answer;
        try {
            answer = http.send(request);
        } catch (IOException e) {
            return new ActionOutcome.RetryLater("Meta could not be reached: " + e.getMessage(), null);
        }
        return answer.ok() ? done.apply(answer.json()) : GraphErrors.outcome(answer, target, clock);
    }

    private static HttpRequest.Builder request(GraphAccount account, String path, Map<String, String> query) {
        String q = query.isEmpty() ? "" : "?" + PlatformHttp.form(query);
        return PlatformHttp.request(account.base(), "/" + account.version() + path + q)
                .header("Authorization", "Bearer " + account.token())
                .header("Accept", "application/json");
    }

    /** @return Done when Meta answered {@code {"success":true}}, else Refused with the answer */
    public static Function<JsonNode, ActionOutcome> success(String target) {
        return json -> json.path("success").asBoolean(false) ? new ActionOutcome.Done(target)
                : new ActionOutcome.Refused("Meta did not confirm it: " + json);
    }

    /** @return Done with the created object's {@code field} (e.g. {@code id}, {@code message_id}) as reference */
    public static Function<JsonNode, ActionOutcome> created(String field) {
        return json -> {
            String id = json.path(field).asString("");
            return id.isEmpty() ? new ActionOutcome.Refused("Meta answered without \"" + field + "\": " + json)
                    : new ActionOutcome.Done(id);
        };
    }
}
