package it.piazza.policy.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read field by field: every value is converted with its position at hand, so that a wrong
 * value becomes a {@link Problems problem} naming file, line, column and what was expected, and reading
 * goes on to find the next one. {@link #finish()} reports the keys nobody asked for (typos).
 */
public final class YamlMap {

    private final Problems problems;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();

    YamlMap(Problems problems, String path, Node node) {
        this.problems = problems;
        this.path = path;
        this.node = node;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                        problems.at(key, child(key.getValue()), "the field appears twice; keep only one");
                    }
                }
            }
        }
    }

    /** @return a reader of {@code node}, or {@code null} (and a problem) when it is not a mapping */
    public static @Nullable YamlMap of(Problems problems, String path, @Nullable Node node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode)) {
            problems.at(node, path, "expected a group of fields (key: value lines), found " + describe(node));
            return null;
        }
        return new YamlMap(problems, path, node);
    }

    /** @return the path of this mapping, e.g. {@code moderation.categories} */
    public String path() {
        return path;
    }

    /** @return the mapping node itself */
    public Node node() {
        return node;
    }

    /** @return the keys present, in file order */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** @return the problems collector */
    public Problems problems() {
        return problems;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** @return the value node of {@code key}, or null when absent or explicitly null */
    public @Nullable Node node(String key) {
        asked.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return null;
        }
        Node value = tuple.getValueNode();
        return isNull(value) ? null : value;
    }

    /** @return the key node of {@code key}, for positions; null when absent */
    public @Nullable Node keyNode(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getKeyNode();
    }

    /** @return whether {@code key} is present (even with a null value) */
    public boolean has(String key) {
        asked.add(key);
        return entries.containsKey(key);
    }

    /** @return the text of {@code key}; reports a problem when required and missing */
    public @Nullable String text(String key, boolean required) {
        Node value = node(key);
        if (value == null) {
            if (required) {
                missing(key, "a text");
            }
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            problems.at(value, child(key), "expected a text, found " + describe(value));
            return null;
        }
        if (required && scalar.getValue().isBlank()) {
            problems.at(value, child(key), "must not be empty");
            return null;
        }
        return scalar.getValue();
    }

    /** @return the required text of {@code key}, or an empty string after reporting the problem */
    public String requiredText(String key) {
        String value = text(key, true);
        return value == null ? "" : value;
    }

    /** @return the boolean of {@code key}, or {@code fallback} when absent */
    public boolean bool(String key, boolean fallback) {
        Boolean value = optionalBool(key);
        return value == null ? fallback : value;
    }

    /** @return the boolean of {@code key}, or null when absent */
    public @Nullable Boolean optionalBool(String key) {
        return scalar(key, "true or false", s -> switch (s) {
            case "true", "yes", "sì", "si" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException();
        });
    }

    /** @return the whole number of {@code key}, or {@code fallback} when absent */
    public int integer(String key, int fallback, int min) {
        Integer value = scalar(key, "a whole number", Integer::valueOf);
        if (value != null && value < min) {
            problems.at(node(key), child(key), "must be at least " + min + ", found " + value);
            return fallback;
        }
        return value == null ? fallback : value;
    }

    /** @return the number in [0, 1] of {@code key}, or {@code fallback} when absent */
    public @Nullable Double probability(String key, @Nullable Double fallback) {
        Double value = scalar(key, "a number between 0 and 1, e.g. 0.85", Double::valueOf);
        if (value != null && (value < 0 || value > 1)) {
            problems.at(node(key), child(key), "must be between 0 and 1, found " + value);
            return fallback;
        }
        return value == null ? fallback : value;
    }

    /** @return the date (YYYY-MM-DD) of {@code key}, or null */
    public @Nullable LocalDate date(String key, boolean required) {
        LocalDate value = scalar(key, "a date as YYYY-MM-DD, e.g. 2024-07-04", LocalDate::parse);
        if (value == null && required && node(key) == null) {
            missing(key, "a date as YYYY-MM-DD");
        }
        return value;
    }

    /** @return the day of year (MM-DD) of {@code key}, or null */
    public @Nullable MonthDay monthDay(String key) {
        return scalar(key, "a day of the year as MM-DD, e.g. 06-24", s -> MonthDay.parse("--" + s));
    }

    /** @return the time (HH:MM) of {@code key}, or null after reporting */
    public @Nullable LocalTime time(String key) {
        LocalTime value = scalar(key, "a time as HH:MM, e.g. 09:00", LocalTime::parse);
        if (value == null && node(key) == null) {
            missing(key, "a time as HH:MM");
        }
        return value;
    }

    /** @return the ISO period (e.g. P6M) of {@code key}, or {@code fallback} */
    public Period period(String key, Period fallback) {
        Period value = scalar(key, "a period such as P6M (six months), P30D (thirty days), P1Y (a year)", Period::parse);
        return value == null ? fallback : value;
    }

    /** @return the time zone of {@code key}, or {@code fallback} */
    public ZoneId zone(String key, ZoneId fallback) {
        ZoneId value = scalar(key, "a time zone such as Europe/Rome", ZoneId::of);
        return value == null ? fallback : value;
    }

    /** @return the absolute http(s) address of {@code key}, or null */
    public @Nullable URI url(String key, boolean required) {
        URI value = scalar(key, "a web address starting with https:// or http://", s -> {
            try {
                URI uri = new URI(s);
                if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        });
        if (value == null && required && node(key) == null) {
            missing(key, "a web address starting with https://");
        }
        return value;
    }

    /** @return the constant of {@code type} named by {@code key}, or null */
    public <E extends Enum<E>> @Nullable E enumValue(String key, Class<E> type, boolean required) {
        Node value = node(key);
        if (value == null) {
            if (required) {
                missing(key, "one of " + names(type));
            }
            return null;
        }
        return YamlMap.enumOf(problems, child(key), value, type);
    }

    /** @return the constant of {@code type} written in {@code node}, or null after reporting */
    public static <E extends Enum<E>> @Nullable E enumOf(Problems problems, String path, Node node, Class<E> type) {
        if (node instanceof ScalarNode scalar) {
            String raw = scalar.getValue().trim();
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(raw)) {
                    return constant;
                }
            }
            String suggestion = closest(raw, type);
            problems.at(node, path, "unknown value \"" + raw + "\"; "
                    + (suggestion == null ? "" : "did you mean " + suggestion + "? ") + "expected one of " + names(type));
            return null;
        }
        problems.at(node, path, "expected one of " + names(type) + ", found " + describe(node));
        return null;
    }

    /** @return the items of the list at {@code key}; empty when absent */
    public List<Node> list(String key) {
        Node value = node(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problems.at(value, child(key), "expected a list (lines starting with \"- \" or [a, b]), found " + describe(value));
            return List.of();
        }
        return sequence.getValue();
    }

    /** @return the texts of the list at {@code key} */
    public List<String> texts(String key) {
        List<String> result = new ArrayList<>();
        List<Node> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue());
            } else {
                problems.at(item, child(key) + "[" + i + "]", "expected a non-empty text, found " + describe(item));
            }
        }
        return result;
    }

    /** @return the constants of the list at {@code key} */
    public <E extends Enum<E>> List<E> enums(String key, Class<E> type) {
        List<E> result = new ArrayList<>();
        List<Node> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            E value = enumOf(problems, child(key) + "[" + i + "]", items.get(i), type);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    /** @return the mapping at {@code key}, or null when absent (a problem when required) */
    public @Nullable YamlMap map(String key, boolean required) {
        Node value = node(key);
        if (value == null) {
            if (required) {
                missing(key, "a group of fields");
            }
            return null;
        }
        return of(problems, child(key), value);
    }

    /** @return a reader of the list item {@code item} at {@code key}[{@code index}] */
    public @Nullable YamlMap item(String key, int index, Node item) {
        return of(problems, child(key) + "[" + index + "]", item);
    }

    /** Reports every key present that no read asked for. */
    public void finish() {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!asked.contains(entry.getKey())) {
                problems.at(entry.getValue().getKeyNode(), child(entry.getKey()),
                        "unknown field \"" + entry.getKey() + "\"; expected one of " + String.join(", ", asked));
            }
        }
    }

    /** Reports {@code message} at the value of {@code key} (or at this mapping when absent). */
    public void problem(String key, String message) {
        NodeTuple tuple = entries.get(key);
        problems.at(tuple == null ? node : tuple.getValueNode(), child(key), message);
    }

    private void missing(String key, String expected) {
        problems.at(node, child(key), "missing field \"" + key + "\"; expected " + expected);
    }

    private <T> @Nullable T scalar(String key, String expected, Function<String, T> parse) {
        Node value = node(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            try {
                return parse.apply(scalar.getValue().trim());
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                problems.at(value, child(key), "\"" + scalar.getValue() + "\" is not valid; expected " + expected);
                return null;
            }
        }
        problems.at(value, child(key), "expected " + expected + ", found " + describe(value));
        return null;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    static String describe(Node node) {
        return switch (node) {
            case MappingNode m -> "a group of fields";
            case SequenceNode s -> "a list";
            case ScalarNode s when isNull(s) -> "nothing";
            case ScalarNode s -> "\"" + s.getValue() + "\"";
            default -> "an unexpected element";
        };
    }

    private static <E extends Enum<E>> @Nullable String closest(String raw, Class<E> type) {
        String best = null;
        int bestDistance = 3;
        for (E constant : type.getEnumConstants()) {
            int distance = editDistance(raw.toUpperCase(java.util.Locale.ROOT), constant.name());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = constant.name();
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
