package it.piazza.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The replies and notices an ente sends to citizens, in its own wording when its policy gives one, otherwise
 * in Piazza's defaults ({@code i18n/templates.properties}), with the ente's name and contacts filled in.
 * Placeholders filled from the policy: {@code {ente}} (the name), {@code {di_ente}} ("del Comune di Massa"),
 * {@code {contatti}} and {@code {pec}}. Thread-safe.
 */
public final class Replies {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final Replies ITALIAN = new Replies(load("i18n/templates.properties"));

    private final Properties defaults;

    private Replies(Properties defaults) {
        this.defaults = defaults;
    }

    /** @return the Italian replies */
    public static Replies italian() {
        return ITALIAN;
    }

    /**
     * @param policy the ente's policy
     * @param template which reply
     * @param values placeholder values besides {@code ente}, {@code contatti} and {@code pec}, which come from
     *        the policy
     * @return the text, every known placeholder filled
     */
    public String text(Policy policy, ReplyTemplate template, Map<String, String> values) {
        String text = policy.templates().get(template);
        if (text == null) {
            text = defaults.getProperty(variantKey(policy, template), defaults.getProperty(template.name()));
        }
        if (text == null) {
            throw new IllegalStateException("No default wording for " + template);
        }
        return fill(text, policy, values);
    }

    /**
     * @return the contacts a citizen is sent to for complaints (or, when the policy names none, the URP,
     *         URP online, contact center and website), as "label (how to reach it)" joined in Italian
     */
    public static String officialContacts(Policy policy) {
        List<Contact> contacts = policy.privateMessages().complaintContacts().stream()
                .flatMap(kind -> policy.contact(kind).stream()).toList();
        if (contacts.isEmpty()) {
            contacts = policy.contacts().stream().filter(c -> switch (c.kind()) {
                case URP, URP_ONLINE, CONTACT_CENTER, WEBSITE, EMAIL -> true;
                default -> false;
            }).toList();
        }
        List<String> parts = contacts.stream()
                .map(c -> c.label().contains(c.reach()) ? c.label() : c.label() + " (" + c.reach() + ")").toList();
        if (parts.isEmpty()) {
            return policy.ente().website().toString();
        }
        return parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " o " + parts.getLast();
    }

    /** @return the ente's name after "di" as Italian writes it: "del Comune di Massa", "di Roma Capitale" */
    static String ofEnte(String name) {
        String lower = name.toLowerCase(java.util.Locale.ITALIAN);
        if (lower.startsWith("comune ") || lower.startsWith("ministero ") || lower.startsWith("municipio ")) {
            return "del " + name;
        }
        if (lower.startsWith("provincia ") || lower.startsWith("regione ") || lower.startsWith("città ")) {
            return "della " + name;
        }
        return "di " + name;
    }

    private static String variantKey(Policy policy, ReplyTemplate template) {
        return switch (template) {
            case ASSISTANCE_REPLY -> template.name() + "." + policy.privateMessages().assistance();
            case COMPLAINT_REPLY -> template.name() + "." + policy.privateMessages().complaints();
            case PUBLICATION_REPLY -> template.name() + (policy.thirdPartyInitiatives().allowed() ? ".ALLOWED" : ".NOT_ALLOWED");
            default -> template.name();
        };
    }

    private static String fill(String text, Policy policy, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "ente" -> policy.ente().name();
                case "di_ente" -> ofEnte(policy.ente().name());
                case "contatti" -> officialContacts(policy);
                case "pec" -> policy.contact(ContactKind.PEC).map(c -> " " + c.reach()).orElse("");
                default -> values.getOrDefault(name, matcher.group());
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Replies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
