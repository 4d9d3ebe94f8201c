package fr.portailfamille.web.accounts;

import fr.portailfamille.application.accounts.Sessions;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.web.Visitor;
import fr.portailfamille.web.VisitorSource;
import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongToIntFunction;

/** The session cookie (HttpOnly, SameSite=Lax, Secure behind HTTPS) and the visitor it designates. */
public final class SessionCookie implements VisitorSource {

    public static final String NAME = "pf_session";

    private final Sessions sessions;
    private final boolean secure;
    private final LongToIntFunction unreadNotifications;

    /** @param unreadNotifications the header's count for an account */
    public SessionCookie(Sessions sessions, boolean secure, LongToIntFunction unreadNotifications) {
        this.sessions = sessions;
        this.secure = secure;
        this.unreadNotifications = unreadNotifications;
    }

    @Override
    public Visitor visitor(ServerRequest request) {
        return rawId(request).flatMap(sessions::resolve)
                .map(s -> new Visitor(s.account().id(), s.account().displayName(), s.account().role(), s.account().mobileLayout(),
                        () -> unreadNotifications.applyAsInt(s.account().id()),
                        s.mustAcceptTerms(), request.remotePeer().host()))
                .orElse(Visitor.ANONYMOUS);
    }

    public static Optional<String> rawId(ServerRequest request) {
        return request.headers().cookies().first(NAME).asOptional();
    }

    public void set(ServerResponse response, String rawSessionId) {
        response.headers().addCookie(SetCookie.builder(NAME, rawSessionId)
                .path("/").httpOnly(true).secure(secure).sameSite(SetCookie.SameSite.LAX).build());
    }

    public void clear(ServerResponse response) {
        response.headers().addCookie(SetCookie.builder(NAME, "")
                .path("/").httpOnly(true).secure(secure).sameSite(SetCookie.SameSite.LAX).maxAge(Duration.ZERO).build());
    }

    public static Actor actor(Visitor visitor) {
        return new Actor(visitor.accountId(), visitor.role(), visitor.clientAddress());
    }
}
