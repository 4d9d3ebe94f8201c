package fr.portailfamille.application.households;

import fr.portailfamille.application.accounts.AuditLog;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.households.DocumentStatus;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.SupportingDocument;

import java.util.List;

/**
 * «Documents de la ville»: an agent publishes a PDF (a school-year guide, a certificate) to every family or to one
 * household. Each household receives its own copy, born validated and marked as coming from the town, so it is listed,
 * downloaded, exported and kept exactly like the household's other documents.
 */
public final class PublishTownDocument {

    /** The kind of document the town produced (not a justificatif type: families never send one). */
    public static final String TYPE_CODE = "document-ville";

    /**
     * @param title       what families read in the list, «Guide de la rentrée 2026»
     * @param householdId the one household it is for, null for every family
     * @param tooLarge    the web adapter stopped reading past {@link UploadedFile#MAX_BYTES}
     */
    public record Command(String title, Long householdId, String fileName, byte[] content, boolean tooLarge) {
    }

    public sealed interface Result {
        /** @param households how many households received it */
        record Published(String title, int households) implements Result {
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
        String fileName = title.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? title : title + ".pdf";
        return ports.transactions().inTransaction(() -> {
            var now = ports.clock().instant();
            List<Long> households = command.householdId() == null ? ports.households().ids() : List.of(command.householdId());
            for (long household : households) {
                var stored = ports.documents().add(new SupportingDocument(0, household, null, TYPE_CODE, fileName, FileType.PDF,
                        file.content().length, file.sha256(), now, actor.accountId(), null, DocumentStatus.VALIDATED, null, now, actor.accountId(), true));
                ports.storage().store(stored.id(), file.content());
            }
            audit.record(new AuditEvent(AuditEventType.TOWN_DOCUMENT_PUBLISHED, actor.accountId(), null, now, actor.origin(),
                    "« " + title + " » " + (command.householdId() == null ? "à toutes les familles (" + households.size() + " foyers)"
                            : "au foyer n° " + command.householdId())));
            return new Result.Published(title, households.size());
        });
    }
}
