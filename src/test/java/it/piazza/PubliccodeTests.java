package it.piazza;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps {@code publiccode.yml} valid against the rules of the publiccode.yml standard, version 0.4: required
 * keys, lengths, and the allowed values of the enumerated keys.
 */
class PubliccodeTests {

    private static final Set<String> DEVELOPMENT_STATUS = Set.of("concept", "development", "beta", "stable", "obsolete");
    private static final Set<String> SOFTWARE_TYPE = Set.of("standalone/mobile", "standalone/iot", "standalone/desktop",
            "standalone/web", "standalone/backend", "standalone/other", "addon", "library", "configurationFiles");
    private static final Set<String> MAINTENANCE_TYPE = Set.of("internal", "contract", "community", "none");

    @SuppressWarnings("unchecked")
    private final Map<String, Object> file = load();

    @Test
    void hasTheRequiredKeys() {
        assertThat(file).containsKeys("publiccodeYmlVersion", "name", "url", "platforms", "developmentStatus",
                "softwareType", "description", "legal", "maintenance", "localisation");
        assertThat(file.get("publiccodeYmlVersion")).isEqualTo("0.4");
        assertThat((String) file.get("url")).startsWith("https://");
        LocalDate.parse((String) file.get("releaseDate"));
    }

    @Test
    void usesAllowedValues() {
        assertThat(DEVELOPMENT_STATUS).contains((String) file.get("developmentStatus"));
        assertThat(SOFTWARE_TYPE).contains((String) file.get("softwareType"));
        assertThat(MAINTENANCE_TYPE).contains((String) map("maintenance").get("type"));
        assertThat(map("legal").get("license")).isEqualTo("EUPL-1.2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void describesPiazzaInItalianAndEnglishWithinTheLengthLimits() {
        Map<String, Object> description = map("description");
        assertThat(description).containsKeys("it", "en");
        for (Object value : description.values()) {
            Map<String, Object> language = (Map<String, Object>) value;
            assertThat(((String) language.get("shortDescription")).strip()).hasSizeBetween(1, 150);
            assertThat(((String) language.get("longDescription")).strip()).hasSizeBetween(150, 10_000);
            assertThat((List<String>) language.get("features")).isNotEmpty()
                    .allSatisfy(f -> assertThat(f).hasSizeLessThanOrEqualTo(100));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void declaresItsLanguages() {
        assertThat((List<String>) map("localisation").get("availableLanguages")).contains("it", "en");
        assertThat(map("localisation").get("localisationReady")).isEqualTo(true);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String key) {
        return (Map<String, Object>) file.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try {
            return (Map<String, Object>) new Yaml().load(Files.readString(Path.of("publiccode.yml")));
        } catch (IOException e) {
            throw new IllegalStateException("publiccode.yml must be in the repository root", e);
        }
    }
}
