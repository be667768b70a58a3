package it.piazza.platforms;

import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A connection's secrets (tokens, app secrets, webhook secrets), decrypted in memory only. Encrypted at rest by
 * {@link CredentialVault}; never logged: {@link #toString()} names the keys, not the values.
 *
 * @param values secret name to value
 */
public record Secrets(Map<String, String> values) {

    /** No secrets (the sandbox). */
    public static final Secrets NONE = new Secrets(Map.of());

    public Secrets {
        values = Map.copyOf(values);
    }

    /** @return the secret, or null when the connection has none of that name */
    public @Nullable String get(String name) {
        return values.get(name);
    }

    /**
     * @return the secret
     * @throws IllegalStateException naming the missing secret, when the connection lacks it
     */
    public String require(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the connection has no secret \"" + name + "\"; enter it again in the console");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Secrets" + new TreeSet<>(values.keySet());
    }
}
