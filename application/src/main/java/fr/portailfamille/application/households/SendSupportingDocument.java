package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.households.DocumentType;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.SupportingDocument;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * «Transmettre mes justificatifs»: a PDF, JPEG or PNG of at most 10 MB, its type read from its content (never its
 * name), kept with its SHA-256 checksum; it waits for an agent. A refused file stores nothing.
 */
public final class SendSupportingDocument {

    public static final int MAX_BYTES = UploadedFile.MAX_BYTES;
    public static final String TOO_LARGE = UploadedFile.TOO_LARGE;
    public static final String EMPTY = UploadedFile.EMPTY;

    /**
     * @param childId    the child it concerns, null for the household (required for a per-child type)
     * @param fileName   as the browser gave it: only shown, never trusted for the type
     * @param tooLarge   the web adapter stopped reading past {@link #MAX_BYTES}: {@code content} is then incomplete
     * @param validUntil ISO date or ""
     */
    public record Command(String typeCode, Long childId, String fileName, byte[] content, boolean tooLarge, String validUntil) {
    }

    public sealed interface Result {
        record Sent(SupportingDocument document) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }
    }

    private final HouseholdsPorts ports;
    private final DossierAccess access;

    public SendSupportingDocument(HouseholdsPorts ports) {
        this.ports = ports;
        this.access = new DossierAccess(ports);
    }

    public Result send(Actor actor, long householdId, Command command) {
        access.household(actor, householdId);
        if (command.childId() != null) access.child(actor, householdId, command.childId());
        var errors = new FieldErrors();
        DocumentType type = ports.catalogue().documentTypes().stream().filter(t -> t.code().equals(command.typeCode())).findFirst().orElse(null);
        if (type == null) errors.add("type", "Choisissez le type de justificatif.");
        else if (type.perChild() && command.childId() == null) errors.add("child", "Choisissez l'enfant concerné par ce justificatif.");
        var upload = UploadedFile.check(command.fileName(), command.content(), command.tooLarge());
        if (upload instanceof UploadedFile.Check.Refused refused) errors.add("file", refused.message());
        LocalDate validUntil = null;
        if (command.validUntil() != null && !command.validUntil().isBlank()) {
            validUntil = EditChild.Dates.parse(command.validUntil());
            if (validUntil == null) errors.add("validUntil", "Saisissez une date de fin de validité complète, ou laissez le champ vide.");
            else if (validUntil.isBefore(ports.today())) errors.add("validUntil", "Ce justificatif n'est plus valable : envoyez-en un en cours de validité.");
        }
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        var file = ((UploadedFile.Check.Accepted) upload).file();
        var document = SupportingDocument.sent(householdId, type.perChild() ? command.childId() : null, type.code(),
                file.displayName(),
                file.type(), file.content().length, file.sha256(), ports.clock().instant(), actor.accountId(), validUntil);
        return ports.transactions().inTransaction(() -> {
            var stored = ports.documents().add(document);
            ports.storage().store(stored.id(), file.content());
            return new Result.Sent(stored);
        });
    }
}
