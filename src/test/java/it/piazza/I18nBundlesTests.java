package it.piazza;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every label exists in Italian and English, and every key a template uses exists. */
class I18nBundlesTests {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

    @Test
    void italianAndEnglishHaveTheSameKeys() throws IOException {
        Properties italian = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(italian.stringPropertyNames());
        assertThat(italian.stringPropertyNames()).allSatisfy(key ->
                assertThat(italian.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyKeyUsedByATemplateExists() throws IOException {
        Properties italian = load("i18n/messages.properties");
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.*");
        assertThat(templates).isNotEmpty();
        for (Resource template : templates) {
            String text = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher matcher = MESSAGE_KEY.matcher(text);
            while (matcher.find()) {
                assertThat(italian).as(template.getFilename()).containsKey(matcher.group(1));
            }
        }
    }

    @Test
    void everyEnumLabelExists() throws IOException {
        Properties italian = load("i18n/messages.properties");
        Stream.of(it.piazza.detection.Category.values()).forEach(c -> assertThat(italian).containsKey("category." + c));
        Stream.of(it.piazza.detection.Intent.values()).forEach(c -> assertThat(italian).containsKey("intent." + c));
        Stream.of(it.piazza.policy.ContentAction.values()).forEach(c -> assertThat(italian).containsKey("action." + c));
        Stream.of(it.piazza.policy.Platform.values()).forEach(c -> assertThat(italian).containsKey("platform." + c));
        Stream.of(it.piazza.policy.ContactKind.values()).forEach(c -> assertThat(italian).containsKey("contactKind." + c));
        Stream.of(it.piazza.policy.Redirect.values()).forEach(c -> assertThat(italian).containsKey("redirect." + c));
        Stream.of(it.piazza.policy.InitiativeCondition.values()).forEach(c -> assertThat(italian).containsKey("initiative." + c));
    }

    /** Every message is a MessageFormat pattern: a lone apostrophe starts a quoted part and vanishes from the page. */
    @Test
    void everyApostropheIsWrittenTwiceForMessageFormat() throws IOException {
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).as(bundle)
                    .filteredOn(key -> LONE_APOSTROPHE.matcher(messages.getProperty(key)).find())
                    .isEmpty();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
