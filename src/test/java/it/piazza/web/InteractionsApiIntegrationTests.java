package it.piazza.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.testsupport.EmbeddedDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API over real HTTP, on both databases: decisions, RFC 9457 problems naming the field, batches,
 * access per ente.
 */
class InteractionsApiIntegrationTests {

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class OnH2 extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class OnPostgres extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.postgres(registry);
        }
    }

    abstract static class Scenarios {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @LocalServerPort
        int port;
        @Autowired
        StaffAccounts staff;
        @Autowired
        JdbcClient jdbc;

        private final HttpClient http = HttpClient.newHttpClient();
        private String moderator;
        private String outsider;

        @BeforeEach
        void accounts() {
            moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
            outsider = "out-" + UUID.randomUUID().toString().substring(0, 8);
            staff.create(moderator, "Moderatrice", "segreta-123", Map.of("roma-capitale", Set.of(Role.MODERATOR)));
            staff.create(outsider, "Altro ente", "segreta-456", Map.of("mit", Set.of(Role.MODERATOR)));
        }

        private static String interaction(String platformId, String text) {
            return """
                    {"ente": "roma-capitale", "channel": "facebook", "platform_id": "%s", "text": %s,
                     "post": {"id": "p1", "text": "Chiusura di via Appia"}, "author": {"id": "u1", "name": "Mario"},
                     "created_at": "2026-03-02T10:15:00+01:00"}""".formatted(platformId, JSON.writeValueAsString(text));
        }

        private HttpResponse<String> post(String path, String body, String user, String password) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String body) throws Exception {
            return post("/api/interactions", body, moderator, "segreta-123");
        }

        private int stored(String platformId) {
            return jdbc.sql("select count(*) from interaction where platform_id = ?").param(platformId).query(Integer.class).single();
        }

        @Test
        void decidesOnAnInteractionAndAnswersWithTheStatementOfReasons() throws Exception {
            String id = UUID.randomUUID().toString();

            HttpResponse<String> response = post(interaction(id, "Sei un imbecille"));

            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.at("/decision/action").asString()).isEqualTo("REMOVE");
            assertThat(body.at("/decision/reasons/grounds/0/clause").asString()).contains("volgare o irrispettoso");
            assertThat(body.at("/decision/dsa/decision_visibility").asString()).isEqualTo("DECISION_VISIBILITY_CONTENT_REMOVED");
            assertThat(response.headers().firstValue("Location")).get().asString().startsWith("/api/enti/roma-capitale/decisions/");

            HttpResponse<String> again = post(interaction(id, "Sei un imbecille"));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(again.body()).at("/status").asString()).isEqualTo("duplicate");
        }

        @Test
        void refusesMalformedJsonWithAProblemDetail() throws Exception {
            HttpResponse<String> response = post("{\"ente\": \"roma-capitale\", ");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.at("/title").asString()).isEqualTo("Malformed JSON");
            assertThat(problem.at("/field").asString()).isEqualTo("body");
        }

        @Test
        void namesTheMissingFieldAndStoresNothing() throws Exception {
            String id = UUID.randomUUID().toString();
            HttpResponse<String> response = post(interaction(id, "ciao").replace("\"text\": \"ciao\",", ""));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).at("/field").asString()).isEqualTo("text");
            assertThat(stored(id)).isZero();
        }

        @Test
        void refusesAnUnknownChannelOrEnteAndTooLongTexts() throws Exception {
            String id = UUID.randomUUID().toString();

            HttpResponse<String> channel = post(interaction(id, "ciao").replace("\"facebook\"", "\"myspace\""));
            HttpResponse<String> tooLong = post(interaction(id, "a".repeat(8_001)));

            assertThat(channel.statusCode()).isEqualTo(422);
            assertThat(JSON.readTree(channel.body()).at("/field").asString()).isEqualTo("channel");
            assertThat(JSON.readTree(channel.body()).at("/detail").asString()).contains("facebook");
            assertThat(tooLong.statusCode()).isEqualTo(422);
            assertThat(JSON.readTree(tooLong.body()).at("/field").asString()).isEqualTo("text");
            assertThat(stored(id)).isZero();
        }

        @Test
        void storesTheValidItemsOfABatchAndReportsTheBadOnes() throws Exception {
            String good1 = UUID.randomUUID().toString();
            String good2 = UUID.randomUUID().toString();
            String bad = UUID.randomUUID().toString();
            String unknownChannel = UUID.randomUUID().toString();
            String batch = "[" + interaction(good1, "Grazie per l'informazione") + ","
                    + interaction(bad, "x").replace("2026-03-02T10:15:00+01:00", "ieri") + ","
                    + interaction(good2, "Quando riapre la strada?") + ","
                    + interaction(unknownChannel, "ciao").replace("\"facebook\"", "\"myspace\"") + ","
                    + interaction(good1, "Grazie per l'informazione") + "]";

            HttpResponse<String> response = post(batch);

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.at("/accepted").asInt()).isEqualTo(3);
            assertThat(body.at("/rejected").asInt()).isEqualTo(2);
            assertThat(body.at("/results/1/status").asString()).isEqualTo("rejected");
            assertThat(body.at("/results/1/field").asString()).isEqualTo("[1].created_at");
            assertThat(body.at("/results/3/field").asString()).isEqualTo("[3].channel");
            assertThat(body.at("/results/4/status").asString()).isEqualTo("duplicate");
            assertThat(body.at("/results/4/decision/id").asString()).isEqualTo(body.at("/results/0/decision/id").asString());
            assertThat(stored(good1) + stored(good2)).isEqualTo(2);
            assertThat(stored(bad) + stored(unknownChannel)).isZero();
        }

        @Test
        void refusesABatchTooLarge() throws Exception {
            StringBuilder batch = new StringBuilder("[");
            for (int i = 0; i < 501; i++) {
                batch.append(i == 0 ? "" : ",").append(interaction("big-" + i, "ciao"));
            }

            HttpResponse<String> response = post(batch.append("]").toString());

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(stored("big-0")).isZero();
        }

        @Test
        void checksWhoMayActForWhichEnte() throws Exception {
            String id = UUID.randomUUID().toString();

            assertThat(post("/api/interactions", interaction(id, "ciao"), null, null).statusCode()).isEqualTo(401);
            assertThat(post("/api/interactions", interaction(id, "ciao"), outsider, "segreta-456").statusCode()).isEqualTo(403);
            assertThat(stored(id)).isZero();
        }

        private HttpResponse<String> get(String path, String user, String password) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Test
        void givesTheEvidencePackageAndTheTransparencyReportToAManager() throws Exception {
            String manager = "mgr-" + UUID.randomUUID().toString().substring(0, 8);
            staff.create(manager, "Responsabile", "segreta-789", Map.of("roma-capitale", Set.of(Role.MANAGER)));
            HttpResponse<String> created = post(interaction(UUID.randomUUID().toString(), "Sei un imbecille"));
            String decision = JSON.readTree(created.body()).at("/decision/id").asString();

            HttpResponse<String> evidence = get("/api/enti/roma-capitale/decisions/" + decision + "/evidence", manager, "segreta-789");
            HttpResponse<String> report = get("/api/enti/roma-capitale/transparency?from=2020-01-01&to=2099-12-31", manager, "segreta-789");
            HttpResponse<String> forbidden = get("/api/enti/roma-capitale/decisions/" + decision + "/evidence", moderator, "segreta-123");

            assertThat(evidence.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(evidence.body()).at("/content").asString()).isEqualTo("Sei un imbecille");
            assertThat(JSON.readTree(evidence.body()).at("/sha256").asString()).hasSize(64);
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(report.body()).at("/byCategory/INSULT").asLong()).isPositive();
            assertThat(JSON.readTree(report.body()).at("/byChannel/facebook").asLong()).isPositive();
            assertThat(forbidden.statusCode()).isEqualTo(403);
        }

        @Test
        void letsACitizenContestADecisionWithoutSigningIn() throws Exception {
            HttpResponse<String> created = post(interaction(UUID.randomUUID().toString(), "Sei un imbecille"));
            String decision = JSON.readTree(created.body()).at("/decision/id").asString();

            HttpResponse<String> appeal = post("/api/appeals",
                    "{\"decision\": \"" + decision + "\", \"statement\": \"Non era un insulto\"}", null, null);

            assertThat(appeal.statusCode()).isEqualTo(201);
            assertThat(JSON.readTree(appeal.body()).at("/state").asString()).isEqualTo("OPEN");
        }
    }
}
