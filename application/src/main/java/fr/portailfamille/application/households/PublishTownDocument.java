package fr.portailfamille.application.households;

import fr.portailfamille.application.accounts.port.AuditLog;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.TownDocument;

import java.util.List;

/**
 * «Documents de la ville»: an agent publishes a PDF (a school-year guide, a certificate) to every family or to one
 * household, lists what is published and withdraws a document. A document is stored once whatever its audience, so a
 * family that opens its dossier later still finds the documents addressed to all. Publishing and withdrawing are
 * journaled.
 */
public final class PublishTownDocument {

    /**
     * @param title       what families read in the list, «Guide de la rentrée 2026»
     * @param householdId the one household it is for, null for every family
     * @param tooLarge    the web adapter stopped reading past {@link UploadedFile#MAX_BYTES}
     */
    public record Command(String title, Long householdId, String fileName, byte[] content, boolean tooLarge) {
    }

    public sealed interface Result {
        record Published(TownDocument document) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }
    }

    private final HouseholdsPorts ports;
    private final AuditLog audit;

    public PublishTownDocument(HouseholdsPorts ports, AuditLog audit) {
        this.ports = ports;
        this.audit = audit;
    }

    /** Households an agent may address a document to, by name. */
    public List<Household> households(Actor actor) {
        actor.requireStaff();
        var inTown = new java.util.HashSet<>(ports.households().ids());
        // one query for the names: a town has a few thousand households at most
        return ports.households().search("", Integer.MAX_VALUE).stream().filter(h -> inTown.contains(h.id())).toList();
    }

    public Result publish(Actor actor, Command command) {
        actor.requireStaff();
        var errors = new FieldErrors().requireText("title", command.title(), "Titre du document", 120);
        if (command.householdId() != null && ports.households().find(command.householdId()).isEmpty()) {
            errors.add("household", "Choisissez un foyer de la liste, ou « Toutes les familles ».");
        }
        var upload = UploadedFile.check(command.fileName(), command.content(), command.tooLarge());
        if (upload instanceof UploadedFile.Check.Refused refused) errors.add("file", refused.message());
        else if (((UploadedFile.Check.Accepted) upload).file().type() != FileType.PDF) {
            errors.add("file", "Un document de la ville doit être un fichier PDF : enregistrez-le au format PDF puis envoyez-le de nouveau.");
        }
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        var file = ((UploadedFile.Check.Accepted) upload).file();
        String title = command.title().strip().replaceAll("[\\p{Cc}\\p{Cf}]", "");
        return ports.transactions().inTransaction(() -> {
            var now = ports.clock().instant();
            var stored = ports.townDocuments().publish(TownDocument.published(title, file.content().length, file.sha256(), now, actor.accountId(),
                    command.householdId()), file.content());
            audit.record(new AuditEvent(AuditEventType.TOWN_DOCUMENT_PUBLISHED, actor.accountId(), null, now, actor.origin(),
                    "« " + title + " » " + audience(stored)));
            return new Result.Published(stored);
        });
    }

    /** What is published, newest first. */
    public List<TownDocument> published(Actor actor) {
        actor.requireStaff();
        return ports.townDocuments().all();
    }

    /**
     * Removes the document from the «Documents de la ville» of its families, with its file.
     *
     * @return the withdrawn document; empty when it was withdrawn already (or never existed)
     */
    public java.util.Optional<TownDocument> withdraw(Actor actor, long documentId) {
        actor.requireStaff();
        return ports.transactions().inTransaction(() -> {
            var document = ports.townDocuments().find(documentId);
            document.ifPresent(d -> {
                ports.townDocuments().withdraw(d.id());
                audit.record(new AuditEvent(AuditEventType.TOWN_DOCUMENT_WITHDRAWN, actor.accountId(), null, ports.clock().instant(), actor.origin(),
                        "« " + d.title() + " » " + audience(d)));
            });
            return document;
        });
    }

    private static String audience(TownDocument document) {
        return document.toEveryFamily() ? "à toutes les familles" : "au foyer n° " + document.householdId();
    }
}
