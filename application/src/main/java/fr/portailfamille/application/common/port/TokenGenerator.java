package fr.portailfamille.application.common.port;

/** Out-port: unguessable random tokens (links, session ids); tests give predictable ones. */
public interface TokenGenerator {

    String newToken();
}
