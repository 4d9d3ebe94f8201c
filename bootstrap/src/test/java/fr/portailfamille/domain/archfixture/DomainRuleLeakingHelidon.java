package fr.portailfamille.domain.archfixture;

import io.helidon.http.Status;

/**
 * Test-only fixture for {@code ArchitectureTest}: a «domain» class that breaks the arrows by using a web framework
 * type. It lives under {@code src/test}, so the architecture import (tests excluded) never sees it; the test imports
 * it on purpose to prove the rules reject it.
 */
public final class DomainRuleLeakingHelidon {

    public int refusalStatus() {
        return Status.FORBIDDEN_403.code();
    }
}
