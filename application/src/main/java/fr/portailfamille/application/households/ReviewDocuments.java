package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.messaging.Notifier;
import fr.portailfamille.domain.households.DocumentStatus;
import fr.portailfamille.domain.households.DossierChange;
import fr.portailfamille.domain.households.SupportingDocument;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.util.List;
import java.util.Optional;

/** The agents' queue of justificatifs: download, validate, or refuse with a reason the family reads. */
public final class ReviewDocuments {

    public record Pending(SupportingDocument document, String householdName, String typeLabel, String childName) {
    }

    private final HouseholdsPorts ports;
    private final Notifier notifier;

    /** @param notifier tells the family of each decision (the reason itself stays behind the sign-in) */
    public ReviewDocuments(HouseholdsPorts ports, Notifier notifier) {
        this.ports = ports;
        this.notifier = notifier;
    }

    public List<Pending> queue(Actor actor) {
        actor.requireStaff();
        var types = ports.catalogue().documentTypes();
        return ports.documents().pending(200).stream().map(d -> new Pending(d,
                ports.households().find(d.householdId()).map(h -> h.name()).orElse("?"),
                types.stream().filter(t -> t.code().equals(d.typeCode())).map(t -> t.label()).findFirst().orElse(d.typeCode()),
                d.childId() == null ? "" : ports.households().findChild(d.childId()).map(c -> c.displayName()).orElse(""))).toList();
    }

    public void validate(Actor actor, long documentId) {
        actor.requireStaff();
        ports.transactions().run(() -> {
            var document = pending(documentId).validated(actor.accountId(), ports.clock().instant());
            ports.documents().update(document);
            trail(document, "Validé");
            tell(document, NotificationKind.DOCUMENT_VALIDATED, "Votre justificatif « " + document.fileName() + " » est validé.");
        });
    }

    /** @return the French refusal when no reason is given; empty when done */
    public Optional<String> reject(Actor actor, long documentId, String reason) {
        actor.requireStaff();
        if (reason == null || reason.isBlank()) return Optional.of(SupportingDocument.REASON_MISSING);
        String shortened = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
        ports.transactions().run(() -> {
            var document = pending(documentId).rejected(shortened, actor.accountId(), ports.clock().instant());
            ports.documents().update(document);
            trail(document, "Refusé : " + shortened);
            tell(document, NotificationKind.DOCUMENT_REJECTED, "Votre justificatif « " + document.fileName() + " » n'est pas accepté : le motif est indiqué dans vos documents.");
        });
        return Optional.empty();
    }

    private void tell(SupportingDocument document, NotificationKind kind, String title) {
        for (long account : ports.households().accountsOf(document.householdId())) notifier.notify(account, kind, title, "/dossier/documents");
    }

    private void trail(SupportingDocument document, String outcome) {
        ports.audit().record(new DossierChange(document.householdId(), document.childId(), document.reviewedBy(), document.reviewedAt(),
                "Justificatif « " + document.fileName() + " »", DocumentStatus.PENDING.label(), outcome));
    }

    private SupportingDocument pending(long documentId) {
        return ports.documents().find(documentId).filter(d -> d.status() == DocumentStatus.PENDING && !d.fromTown())
                .orElseThrow(Actor.NotAllowed::new);
    }
}
