package fr.portailfamille.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Sends a family's file as a download: always «attachment» (never shown in the portal's origin, so a crafted file
 * cannot run), the type the portal detected (not the browser's guess), and never cached.
 */
public final class Downloads {

    private Downloads() {
    }

    public static void attachment(ServerResponse res, String fileName, String mediaType, String extension, byte[] content) {
        res.header(HeaderNames.CONTENT_TYPE, mediaType);
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName(fileName, extension) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header(HeaderNames.create("X-Content-Type-Options"), "nosniff");
        res.send(content);
    }

    /** For old browsers that ignore {@code filename*}: the name without accents nor unusual characters. */
    static String asciiName(String name, String extension) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return ascii.isBlank() ? "document." + extension : ascii;
    }
}
