package fr.portailfamille.domain.accounts;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An e-mail address in canonical form (trimmed, lower-cased), so that one person cannot hold two accounts
 * by typing the same address with different capitals.
 */
public record EmailAddress(String value) {

    public static final String INVALID = "Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.";

    /** RFC 5321 limits a forward path to 256 octets, of which 254 are left for the address itself. */
    public static final int MAX_LENGTH = 254;

    public EmailAddress {
        value = canonical(Objects.requireNonNull(value, "value"));
        if (!isWellFormed(value)) throw new IllegalArgumentException("not an e-mail address; use EmailAddress.parse for user input");
    }

    /** User input to address: empty for null, blank or invalid input, so that callers answer with {@link #INVALID}. */
    public static Optional<EmailAddress> parse(String raw) {
        if (raw == null) return Optional.empty();
        String candidate = canonical(raw);
        return isWellFormed(candidate) ? Optional.of(new EmailAddress(candidate)) : Optional.empty();
    }

    /** «j•••@exemple.fr»: enough for the owner to recognise the address on a notice, too little for anybody else. */
    public String masked() {
        int at = value.indexOf('@');
        int firstCharEnd = value.offsetByCodePoints(0, 1);
        return value.substring(0, firstCharEnd) + "•••" + value.substring(at);
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    private static String canonical(String raw) {
        // ROOT, not the default locale: a Turkish server must not turn «I» into a dotless «ı».
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Deliberately loose (the activation mail proves the address); it only rejects what is certainly a typo
     * and what could smuggle a second line into a mail header.
     */
    private static boolean isWellFormed(String s) {
        if (s.isEmpty() || s.length() > MAX_LENGTH) return false;
        if (s.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
            return false;
        }
        int at = s.indexOf('@');
        if (at <= 0 || at != s.lastIndexOf('@')) return false;
        String domain = s.substring(at + 1);
        return domain.indexOf('.') > 0 && !domain.endsWith(".") && !domain.contains("..");
    }
}
