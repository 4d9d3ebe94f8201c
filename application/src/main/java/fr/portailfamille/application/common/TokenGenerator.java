package fr.portailfamille.application.common;

/** Out-port: unguessable random tokens (links, session ids); tests give predictable ones. */
public interface TokenGenerator {

    String newToken();
}
