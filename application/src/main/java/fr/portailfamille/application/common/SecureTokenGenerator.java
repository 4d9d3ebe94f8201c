package fr.portailfamille.application.common;

import fr.portailfamille.application.common.port.*;
import java.security.SecureRandom;
import java.util.Base64;

/** 256 random bits, URL-safe: well above the 128 bits a link or a session id needs. */
public final class SecureTokenGenerator implements TokenGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
