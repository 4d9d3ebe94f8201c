package fr.portailfamille.web;

import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * CSRF protection shared by every form: a random token in an HttpOnly, SameSite=Lax cookie, repeated in a hidden
 * field «_csrf» of each form; a state-changing request whose field does not match its cookie is refused. Another
 * site can neither read the cookie nor set it, so it cannot forge the field. Renewed at sign-in.
 */
public final class Csrf {

    public static final String COOKIE = "pf_csrf";
    public static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean secureCookies;

    public Csrf(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    /** Whether the portal's cookies go over HTTPS only (its public address is https://…). */
    public boolean secureCookies() {
        return secureCookies;
    }

    /** The visitor's token, creating it (and its cookie) on the first page that shows a form. */
    public String token(ServerRequest request, ServerResponse response) {
        var existing = request.headers().cookies().first(COOKIE);
        if (existing.isPresent() && existing.get().length() >= 32) return existing.get();
        return renew(response);
    }

    public String renew(ServerResponse response) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        response.headers().addCookie(SetCookie.builder(COOKIE, token)
                .path("/").httpOnly(true).secure(secureCookies).sameSite(SetCookie.SameSite.LAX).build());
        return token;
    }

    public boolean matches(ServerRequest request, String submitted) {
        var cookie = request.headers().cookies().first(COOKIE);
        return cookie.isPresent() && submitted != null && !submitted.isEmpty()
                && MessageDigest.isEqual(cookie.get().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
