package fr.portailfamille.application.accounts.port;

/** Out-port: slow salted password hashing (Argon2id in production). */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
