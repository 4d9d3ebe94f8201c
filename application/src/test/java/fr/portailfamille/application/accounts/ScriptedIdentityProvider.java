package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A FranceConnect for use-case tests: answers what the test scripted, records what it was asked. The protocol and its
 * checks are the adapter's, tested against the simulator in adapters-franceconnect-simulator.
 */
public final class ScriptedIdentityProvider implements IdentityProvider {

    public record Asked(String code, String nonce) {
    }

    private final Deque<Answer> answers = new ArrayDeque<>();
    public final List<Asked> asked = new ArrayList<>();
    public final List<String> nonces = new ArrayList<>();
    public boolean down;

    public ScriptedIdentityProvider answer(Answer answer) {
        answers.add(answer);
        return this;
    }

    @Override
    public Optional<URI> authorizationPage(String state, String nonce) {
        nonces.add(nonce);
        return down ? Optional.empty() : Optional.of(URI.create("https://fc.example/authorize?state=" + state + "&nonce=" + nonce));
    }

    @Override
    public Answer identify(String code, String nonce) {
        asked.add(new Asked(code, nonce));
        if (down) return new Answer.Unavailable("down");
        return answers.isEmpty() ? new Answer.Rejected(Reason.CODE_REFUSED) : answers.removeFirst();
    }

    @Override
    public Optional<URI> endSessionPage(String idToken, String state) {
        return down ? Optional.empty() : Optional.of(URI.create("https://fc.example/session/end?id_token_hint=" + idToken + "&state=" + state));
    }
}
