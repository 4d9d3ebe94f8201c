package fr.portailfamille.domain.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One-time tokens are stored only as their SHA-256, so a leaked table cannot be replayed. A plain fast hash is
 * enough here (unlike passwords): the tokens are long random strings, there is nothing to guess by brute force.
 */
public final class TokenHash {

    private TokenHash() {
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of the token: 64 characters. */
    public static String of(String rawToken) {
        Objects.requireNonNull(rawToken, "rawToken");
        return HexFormat.of().formatHex(sha256().digest(rawToken.getBytes(StandardCharsets.UTF_8)));
    }

    /** Constant time, so response times do not reveal how many leading characters of a stored hash were right. */
    public static boolean matches(String rawToken, String hash) {
        Objects.requireNonNull(hash, "hash");
        return MessageDigest.isEqual(
                of(rawToken).getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
