package it.piazza.platforms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encrypts connection secrets at rest with AES-256-GCM. The key comes from the environment
 * ({@code PIAZZA_CREDENTIALS_KEY}: 32 bytes in Base64, e.g. from {@code openssl rand -base64 32}) and is never
 * stored with the data. Without a key, connections that need secrets cannot be created; the sandbox needs none.
 */
@Component
public class CredentialVault {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final @Nullable SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    CredentialVault(@Value("${piazza.credentials.key:}") String base64Key) {
        this.key = base64Key.isBlank() ? null : new SecretKeySpec(decodeKey(base64Key), "AES");
    }

    private static byte[] decodeKey(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PIAZZA_CREDENTIALS_KEY is not Base64; create one with: openssl rand -base64 32");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("PIAZZA_CREDENTIALS_KEY must be 32 bytes (it has " + bytes.length
                    + "); create one with: openssl rand -base64 32");
        }
        return bytes;
    }

    /**
     * @return the secrets encrypted, or null when there are none
     * @throws IllegalStateException when there are secrets and no key is configured
     */
    public @Nullable String seal(Secrets secrets) {
        if (secrets.values().isEmpty()) {
            return null;
        }
        SecretKeySpec k = requireKey();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(secrets.values()));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * @return the secrets decrypted ({@link Secrets#NONE} for null)
     * @throws IllegalStateException when no key is configured or the key is not the one they were sealed with
     */
    public Secrets open(@Nullable String sealed) {
        if (sealed == null) {
            return Secrets.NONE;
        }
        SecretKeySpec k = requireKey();
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("stored secrets are in an unknown format");
        }
        byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(128, in, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new Secrets(JSON.readValue(new String(plain, StandardCharsets.UTF_8),
                    new TypeReference<Map<String, String>>() { }));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored secrets cannot be decrypted with PIAZZA_CREDENTIALS_KEY "
                    + "(was the key changed?); enter the credentials again");
        }
    }

    private SecretKeySpec requireKey() {
        if (key == null) {
            throw new IllegalStateException("no PIAZZA_CREDENTIALS_KEY is set: platform tokens are stored encrypted "
                    + "and need a key; create one with `openssl rand -base64 32` and start Piazza with it in the environment");
        }
        return key;
    }
}
