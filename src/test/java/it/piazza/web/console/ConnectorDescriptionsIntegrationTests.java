package it.piazza.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.platforms.Connector;
import it.piazza.platforms.Connectors;
import it.piazza.testsupport.EmbeddedDatabases;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The administrator who connects a channel reads what each setting and secret is in the console's language:
 * every one that a connector of Piazza asks for has its description in both message bundles.
 */
@SpringBootTest
class ConnectorDescriptionsIntegrationTests {

    @Autowired
    Connectors connectors;
    @Autowired
    MessageSource messages;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @Test
    void everySettingAndSecretOfEveryConnectorIsDescribedInItalianAndEnglish() {
        assertThat(connectors.ids()).contains("facebook", "instagram", "x", "telegram", "youtube", "mastodon");
        for (String id : connectors.ids()) {
            Connector connector = connectors.connector(id).orElseThrow();
            Stream.of(connector.settings(), connector.secrets()).map(Map::keySet).flatMap(java.util.Set::stream)
                    .forEach(name -> {
                        String key = "connector." + id + "." + name;
                        assertThat(messages.getMessage(key, null, null, Locale.ITALIAN)).as(key).isNotBlank();
                        assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key).isNotBlank()
                                .isNotEqualTo(messages.getMessage(key, null, null, Locale.ITALIAN));
                    });
        }
    }
}
