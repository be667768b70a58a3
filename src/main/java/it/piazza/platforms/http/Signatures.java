package it.piazza.platforms.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/** HMAC-SHA256 signatures of webhook bodies, computed over the raw bytes and compared in constant time. */
public final class Signatures {

    private Signatures() {
    }

    /** @return HMAC-SHA256 of {@code message} with {@code secret} */
    public static byte[] hmacSha256(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** @return the signature as lowercase hex (Meta, Mastodon, LinkedIn) */
    public static String hex(String secret, byte[] message) {
        return HexFormat.of().formatHex(hmacSha256(secret, message));
    }

    /** @return the signature as Base64 (X) */
    public static String base64(String secret, byte[] message) {
        return Base64.getEncoder().encodeToString(hmacSha256(secret, message));
    }

    /** @return whether {@code given} equals {@code expected}, compared in constant time; false when absent */
    public static boolean matches(String expected, @Nullable String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
