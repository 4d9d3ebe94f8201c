package fr.portailfamille.persistence.archfixture;

import io.helidon.http.Status;

/** Test-only, planted: a persistence class choosing an HTTP status, the web's business. The rules must reject it. */
public final class RepositoryAnsweringHttp {

    private RepositoryAnsweringHttp() {
    }

    public static Status whenMissing() {
        return Status.NOT_FOUND_404;
    }
}
