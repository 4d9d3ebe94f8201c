package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.TermsOfUse;

import java.util.List;
import java.util.Optional;

/** The CGU: read the current version, accept it (recorded as proof), and — for an admin — publish a new one. */
public final class TermsOfUseUseCases {

    public sealed interface Publication {
        record Published(TermsOfUse terms) implements Publication {
        }

        record Invalid(FieldErrors errors) implements Publication {
        }
    }

    private final AccountsPorts ports;

    public TermsOfUseUseCases(AccountsPorts ports) {
        this.ports = ports;
    }

    public Optional<TermsOfUse> current() {
        return ports.terms().current();
    }

    public List<TermsOfUse> history(Actor actor) {
        actor.requireAdmin();
        return ports.terms().all();
    }

    /** Accepts the version the parent read; a version that is no longer current is not accepted. */
    public boolean accept(Actor actor, int version, String clientAddress) {
        return ports.transactions().inTransaction(() -> {
            var current = ports.terms().current();
            if (current.isEmpty() || current.get().version() != version) return false;
            var account = ports.accounts().find(actor.accountId()).orElseThrow(Actor.NotAllowed::new);
            if (!account.mustAcceptTerms(version)) return true;
            var now = ports.clock().instant();
            ports.accounts().update(account.acceptTerms(version));
            ports.acceptances().record(new TermsAcceptances.Acceptance(account.id(), version, now));
            ports.audit().record(new AuditEvent(AuditEventType.TERMS_ACCEPTED, account.id(), account.id(), now, clientAddress, "version " + version));
            return true;
        });
    }

    public Publication publish(Actor actor, String title, String body, String clientAddress) {
        actor.requireAdmin();
        var errors = new FieldErrors().requireText("title", title, "Titre", 200).requireText("body", body, "Texte", 100_000);
        if (!errors.isEmpty()) return new Publication.Invalid(errors);
        // a browser sends a textarea's line breaks as CRLF: stored as «\n» so that paragraphs («\n\n») stay paragraphs
        String text = body.replace("\r\n", "\n").replace('\r', '\n').strip();
        return ports.transactions().inTransaction(() -> {
            var now = ports.clock().instant();
            var published = ports.terms().current()
                    .map(last -> last.next(title.strip(), text, now))
                    .orElseGet(() -> new TermsOfUse(1, title.strip(), text, now));
            ports.terms().publish(published);
            ports.audit().record(new AuditEvent(AuditEventType.TERMS_PUBLISHED, actor.accountId(), null, now, clientAddress,
                    "version " + published.version()));
            return new Publication.Published(published);
        });
    }
}
