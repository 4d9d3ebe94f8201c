package fr.portailfamille.mail;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where and how to hand mails to the town's SMTP relay. Read from the environment; without {@code SMTP_HOST} the
 * portal keeps mails in the development mailbox instead.
 */
public record SmtpSettings(String host, int port, String username, String password, boolean startTls) {

    static final int DEFAULT_PORT = 587;

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) throw new IllegalArgumentException("SMTP host is blank");
        if (port < 1 || port > 65_535) throw new IllegalArgumentException("SMTP port out of range: " + port);
        username = blankToNull(username);
        password = blankToNull(password);
    }

    /** Empty when {@code SMTP_HOST} is absent or blank. */
    public static Optional<SmtpSettings> fromEnvironment(Function<String, String> env) {
        String host = blankToNull(env.apply("SMTP_HOST"));
        if (host == null) return Optional.empty();
        return Optional.of(new SmtpSettings(
                host.strip(),
                parsePort(env.apply("SMTP_PORT")),
                env.apply("SMTP_USERNAME"),
                env.apply("SMTP_PASSWORD"),
                parseBoolean("SMTP_STARTTLS", env.apply("SMTP_STARTTLS"), true)));
    }

    public boolean authenticates() {
        return username != null;
    }

    /** Masks the password: settings end up in logs and error messages. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", username=" + username
                + ", password=" + (password == null ? "(none)" : "****") + ", startTls=" + startTls + "]";
    }

    private static int parsePort(String value) {
        if (blankToNull(value) == null) return DEFAULT_PORT;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SMTP_PORT is not a number: " + value);
        }
    }

    private static boolean parseBoolean(String name, String value, boolean defaultValue) {
        if (blankToNull(value) == null) return defaultValue;
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not: " + value);
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
