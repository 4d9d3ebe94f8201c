package fr.portailfamille.web;

import io.helidon.webserver.http.ServerRequest;

/** Tells who is behind a request (the accounts area reads the session cookie); anonymous when nobody is signed in. */
@FunctionalInterface
public interface VisitorSource {

    Visitor visitor(ServerRequest request);

    VisitorSource NOBODY = request -> Visitor.ANONYMOUS;
}
