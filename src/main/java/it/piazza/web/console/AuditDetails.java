package it.piazza.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The details of an audit entry as an auditor reads them: each field with its Italian name, and codes (actions,
 * categories, measures) in words. The stored JSON stays the record; the page shows it too, for verification.
 */
@Component
class AuditDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The message prefixes that put a field's codes into words, tried in order. */
    private static final Map<String, List<String>> CODES = Map.of(
            "action", List.of("action.", "capability."),
            "categories", List.of("category."),
            "measures", List.of("measure."),
            "detail", List.of("inbox.detail.", "inbox.state."));

    private final MessageSource messages;

    AuditDetails(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * One field of the details.
     *
     * @param label its name, in the reader's language
     * @param value its value, codes in words, lists joined
     */
    record Detail(String label, String value) {
    }

    /** @return the fields of {@code json} in their stored order; none when it is not a JSON object */
    List<Detail> of(String json, Locale locale) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            return List.of();
        }
        List<Detail> details = new ArrayList<>();
        for (var field : node.properties()) {
            String key = field.getKey();
            String label = messages.getMessage("audit.detail." + key, null, key, locale);
            List<String> values = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(v -> values.add(words(key, v.asString(), locale)));
            } else if (field.getValue().isBoolean()) {
                values.add(messages.getMessage(field.getValue().asBoolean() ? "audit.yes" : "audit.no", null, locale));
            } else {
                values.add(words(key, field.getValue().asString(), locale));
            }
            details.add(new Detail(label, values.isEmpty() ? "—" : String.join(", ", values)));
        }
        return details;
    }

    private String words(String key, String code, Locale locale) {
        for (String prefix : CODES.getOrDefault(key, List.of())) {
            String word = messages.getMessage(prefix + code, null, null, locale);
            if (word != null) {
                return word;
            }
        }
        return code;
    }
}
