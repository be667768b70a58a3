package it.piazza.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.testsupport.EmbeddedDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pages anyone can open, over real HTTP, and the ones that need a sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @Test
    void servesRomaCapitalesPolicyWithoutSignIn() throws Exception {
        HttpResponse<String> response = get("/enti/roma-capitale/policy");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.body())
                .contains("Social media policy — Roma Capitale")
                .contains("hanno un contenuto politico o propagandistico;")
                .contains("Contact Center &quot;ChiamaRoma 060606&quot;")
                .contains("versione 1");
    }

    @Test
    void servesThePolicyAsMarkdown() throws Exception {
        HttpResponse<String> response = get("/enti/provincia-monza-brianza/policy.md");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("# Social media policy — Provincia di Monza e della Brianza")
                .contains("| Pinterest |").contains("Dismesso");
    }

    @Test
    void listsTheEntes() throws Exception {
        assertThat(get("/enti").body()).contains("Comune di Porto Sant").contains("/enti/mit/policy");
    }

    @Test
    void answersNotFoundForAnUnknownEnteWithAnItalianPage() throws Exception {
        HttpResponse<String> page = get("/enti/comune-di-nessuno/policy", "text/html");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Pagina non trovata", "/enti/comune-di-nessuno/policy", "Elenco degli enti")
                .doesNotContain("Whitelabel");
    }

    @Test
    void answersABadAppealLinkWithAnItalianPage() throws Exception {
        HttpResponse<String> page = get("/enti/roma-capitale/ricorsi/nuovo?decisione=abc", "text/html");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("La richiesta non è valida").doesNotContain("Whitelabel");
    }

    @Test
    void reportsHealthAndDescribesTheApi() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void asksForSignInElsewhere() throws Exception {
        assertThat(get("/api/anything", "application/json").statusCode()).isEqualTo(401);
        assertThat(get("/console", "text/html").statusCode()).isEqualTo(302);
    }

    @Test
    void sendsSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/enti");

        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'self'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "text/html,application/json");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
