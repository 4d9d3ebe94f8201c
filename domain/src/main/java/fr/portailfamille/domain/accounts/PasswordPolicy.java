package fr.portailfamille.domain.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a new password must satisfy. Length plus a list of known passwords, no composition rules:
 * NIST SP 800-63B and the ANSSI both found «one digit, one capital…» rules make passwords weaker, not stronger.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** Bounds the work of the hash function: a megabyte «password» must not tie up a core. */
    public static final int MAX_LENGTH = 128;

    public static final String TOO_SHORT = "Le mot de passe doit contenir au moins " + MIN_LENGTH + " caractères.";
    public static final String TOO_LONG = "Le mot de passe ne doit pas dépasser " + MAX_LENGTH + " caractères.";
    public static final String TOO_COMMON = "Ce mot de passe est trop courant : choisissez-en un autre, plus difficile à deviner.";
    public static final String MISMATCH = "La confirmation ne correspond pas au mot de passe.";

    static final String LIST_RESOURCE = "common-passwords.txt";

    private PasswordPolicy() {
    }

    /**
     * Every reason to refuse this password, in French and in the order the form shows them; empty when it is accepted.
     * A missing field counts as empty: that is what the person sent.
     */
    public static List<String> violations(String password, String confirmation) {
        String pw = password == null ? "" : password;
        String conf = confirmation == null ? "" : confirmation;
        List<String> found = new ArrayList<>(3);
        // Characters as a person counts them: an accented letter or an emoji is one, whatever its UTF-16 size.
        int length = pw.codePointCount(0, pw.length());
        if (length < MIN_LENGTH) found.add(TOO_SHORT);
        if (length > MAX_LENGTH) found.add(TOO_LONG);
        if (isCommon(pw)) found.add(TOO_COMMON);
        if (!pw.equals(conf)) found.add(MISMATCH);
        return List.copyOf(found);
    }

    /** True when the password (whatever its capitals) is on the shipped list of common passwords. */
    public static boolean isCommon(String password) {
        Objects.requireNonNull(password, "password");
        return CommonPasswords.SET.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Holder idiom: the list is read once, on the first check, and not at all by code that never checks a password. */
    private static final class CommonPasswords {
        static final Set<String> SET = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST_RESOURCE)) {
                if (in == null) throw new IllegalStateException(LIST_RESOURCE + " is missing next to PasswordPolicy");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                Set<String> set = new HashSet<>();
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isEmpty() && !line.startsWith("#")) set.add(line.toLowerCase(Locale.ROOT));
                }
                return Set.copyOf(set);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
