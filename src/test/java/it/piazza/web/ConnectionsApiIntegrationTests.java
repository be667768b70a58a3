package it.piazza.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.platforms.ChannelConnections;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Connecting a channel over the REST API: administrators only, secrets stored encrypted and never echoed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"piazza.demo=false",
        "piazza.credentials.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="})
class ConnectionsApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = "EAAG-segretissimo-123";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts staff;
    @Autowired
    ChannelConnections connections;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String admin;
    private String moderator;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @BeforeEach
    void accounts() {
        admin = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        moderator = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(admin, "Amministratrice", "segreta-123", Map.of("comune-massa", Set.of(Role.ADMIN)));
        staff.create(moderator, "Moderatore", "segreta-456", Map.of("comune-massa", Set.of(Role.MODERATOR)));
    }

    private HttpResponse<String> put(String channel, String body, String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/enti/comune-massa/channels/"
                        + channel + "/connection"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String facebook(String connector) {
        return """
                {"connector": "%s", "apiBase": "http://127.0.0.1:9", "settings": {"page_id": "1111111111"},
                 "secrets": {"access_token": "%s", "app_secret": "app", "verify_token": "verifica"}}""".formatted(connector, TOKEN);
    }

    @Test
    void connectsAChannelAndNeverEchoesOrStoresASecretInClear() throws Exception {
        HttpResponse<String> response = put("facebook", facebook("facebook"), admin, "segreta-123");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(TOKEN);
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.at("/state").asString()).isEqualTo("ACTIVE");
        assertThat(json.at("/webhook").asString()).isEqualTo("/webhooks/comune-massa/facebook");
        assertThat(json.at("/secrets").toString()).isEqualTo("[\"access_token\",\"app_secret\",\"verify_token\"]");
        assertThat(jdbc.sql("select secrets from channel_connection where ente_id = 'comune-massa' and channel_id = 'facebook'")
                .query(String.class).single()).doesNotContain(TOKEN);
        assertThat(connections.find("comune-massa", "facebook")).get()
                .satisfies(c -> assertThat(c.secrets().get("access_token")).isEqualTo(TOKEN));
    }

    @Test
    void refusesSomeoneWhoIsNotAnAdministrator() throws Exception {
        assertThat(put("facebook", facebook("facebook"), moderator, "segreta-456").statusCode()).isEqualTo(403);
    }

    @Test
    void namesAnUnknownConnectorAndAnUnknownChannel() throws Exception {
        HttpResponse<String> connector = put("facebook", facebook("myspace"), admin, "segreta-123");
        HttpResponse<String> channel = put("tiktok", facebook("facebook"), admin, "segreta-123");

        assertThat(connector.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(connector.body()).at("/field").asString()).isEqualTo("connector");
        assertThat(channel.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(channel.body()).at("/field").asString()).isEqualTo("channel");
        assertThat(channel.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    }

    @Test
    void refusesSecretsThatAreNotStrings() throws Exception {
        HttpResponse<String> response = put("facebook", "{\"connector\": \"facebook\", \"secrets\": {\"access_token\": 12}}",
                admin, "segreta-123");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/field").asString()).isEqualTo("secrets");
    }
}
