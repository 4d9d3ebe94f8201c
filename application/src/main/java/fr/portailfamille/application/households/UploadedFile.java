package fr.portailfamille.application.households;

import fr.portailfamille.domain.households.FileType;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The upload rules every file of the portal follows (justificatifs, message attachments): at most 10 MB, PDF, JPEG or
 * PNG recognised from the content (never from the name), a display name cleaned of paths, a SHA-256 checksum.
 */
public record UploadedFile(String displayName, FileType type, byte[] content, String sha256) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String TOO_LARGE = "Ce fichier dépasse 10 Mo : réduisez sa taille (une photo moins grande, un PDF compressé) puis envoyez-le de nouveau.";
    public static final String EMPTY = "Choisissez le fichier à envoyer.";
    public static final String ODD_NAME = "Le nom de ce fichier contient un chemin ou des caractères invisibles : renommez-le (par exemple « justificatif.pdf ») puis envoyez-le de nouveau.";

    /** A checked file, or the French reason it is refused. */
    public sealed interface Check {
        record Accepted(UploadedFile file) implements Check {
        }

        record Refused(String message) implements Check {
        }
    }

    /** @param tooLarge the reader stopped at the limit: the content is only the beginning of the file */
    public static Check check(String fileName, byte[] content, boolean tooLarge) {
        byte[] bytes = content == null ? new byte[0] : content;
        if (tooLarge || bytes.length > MAX_BYTES) return new Check.Refused(TOO_LARGE);
        if (bytes.length == 0) return new Check.Refused(EMPTY);
        if (oddName(fileName)) return new Check.Refused(ODD_NAME);
        var type = FileType.detect(bytes);
        if (type.isEmpty()) return new Check.Refused(FileType.REFUSED);
        return new Check.Accepted(new UploadedFile(displayName(fileName, type.get()), type.get(), bytes, sha256(bytes)));
    }

    /**
     * Browsers send a bare name, or (old Windows ones) a full path, whose last part is kept. A climb up the tree
     * («../»), a control character or a bidirectional override (which would show «facture\u202Efdp.exe», an
     * executable, as «factureexe.pdf») only comes from a forged request or a disguised file.
     */
    static boolean oddName(String fileName) {
        return fileName != null && (fileName.matches("(?s).*(^|[/\\\\])\\.\\.([/\\\\]|$).*") || fileName.codePoints()
                .anyMatch(c -> Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069));
    }

    /**
     * The name shown in lists: the browser's, cut to its last path part, or a neutral one; never used for the type.
     * Control characters go, and so do invisible formatting ones: a right-to-left override would show
     * «facture\u202Efdp.exe» (an executable) as «factureexe.pdf».
     */
    static String displayName(String fileName, FileType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.length() > 120) name = name.substring(0, 120);
        return name.isEmpty() ? "document." + type.extension() : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
