package fr.portailfamille.application.common;

import fr.portailfamille.application.common.port.*;
import java.util.concurrent.atomic.AtomicInteger;

/** Predictable tokens for tests: «token-1», «token-2»… */
public final class SequenceTokenGenerator implements TokenGenerator {

    private final AtomicInteger counter = new AtomicInteger();

    @Override
    public String newToken() {
        return "token-" + counter.incrementAndGet();
    }
}
