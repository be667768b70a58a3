package it.piazza.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The five seed policies shipped with Piazza, one per first customer, each faithful to its published text
 * (resources {@code policies/<id>.yaml}).
 */
public final class Presets {

    /** The preset ids, in the order of the seeds. */
    public static final List<String> IDS = List.of("mit", "comune-massa", "provincia-monza-brianza", "roma-capitale",
            "comune-porto-sant-elpidio");

    private static final Map<String, Policy> CACHE = new ConcurrentHashMap<>();

    private Presets() {
    }

    /** @return whether {@code id} names a preset */
    public static boolean isPreset(String id) {
        return IDS.contains(id);
    }

    /**
     * @return the YAML text of the preset
     * @throws IllegalArgumentException when {@code id} is not a preset
     */
    public static String yaml(String id) {
        if (!isPreset(id)) {
            throw new IllegalArgumentException("Unknown preset \"" + id + "\"; presets are " + String.join(", ", IDS));
        }
        try (InputStream in = Presets.class.getResourceAsStream("/policies/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("Preset " + id + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the validated policy of the preset
     * @throws IllegalArgumentException when {@code id} is not a preset
     */
    public static Policy load(String id) {
        return CACHE.computeIfAbsent(id, key -> PolicyReader.read(key + ".yaml", yaml(key)));
    }

    /** @return the five presets, in the order of {@link #IDS} */
    public static List<Policy> all() {
        return IDS.stream().map(Presets::load).toList();
    }

    /**
     * Resolves the {@code --ente ID|FILE} option of the command line.
     *
     * @param idOrFile a preset id or the path of a policy file
     * @return the validated policy
     * @throws IllegalArgumentException when it is neither a preset nor an existing file
     * @throws InvalidPolicyException when the file is not a valid policy
     */
    public static Policy resolve(String idOrFile) {
        if (isPreset(idOrFile)) {
            return load(idOrFile);
        }
        Path file = Path.of(idOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("\"" + idOrFile + "\" is neither a preset (" + String.join(", ", IDS)
                    + ") nor a policy file");
        }
        return PolicyReader.read(file);
    }
}
