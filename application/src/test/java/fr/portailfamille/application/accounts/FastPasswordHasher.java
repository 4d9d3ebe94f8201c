package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.TokenHash;

/** Test hasher: salted SHA-256, fast, so scenarios do not spend 90 ms per password like Argon2id. Never for production. */
public final class FastPasswordHasher implements PasswordHasher {

    @Override
    public String hash(String password) {
        String salt = Long.toHexString(System.nanoTime());
        return "fast$" + salt + "$" + TokenHash.of(salt + password);
    }

    @Override
    public boolean matches(String password, String hash) {
        if (hash == null || !hash.startsWith("fast$")) return false;
        String[] parts = hash.split("\\$");
        return parts.length == 3 && TokenHash.of(parts[1] + password).equals(parts[2]);
    }
}
