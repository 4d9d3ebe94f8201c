package fr.portailfamille.application.households;

import fr.portailfamille.application.accounts.port.AuditLog;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.households.DocumentType;

import java.util.List;

/**
 * «Justificatifs demandés»: an administrator says which documents the town asks families for, which are required
 * (without them a child's dossier lists them as «pièces manquantes» and the child is not bookable) and which are asked
 * once per child. Journaled.
 */
public final class TownDocumentTypes {

    /** @param code an existing type's code to change it, "" for a new type (its code is made from the label) */
    public record Command(String code, String label, boolean required, boolean perChild) {
    }

    private final HouseholdsPorts ports;
    private final AuditLog audit;

    public TownDocumentTypes(HouseholdsPorts ports, AuditLog audit) {
        this.ports = ports;
        this.audit = audit;
    }

    public List<DocumentType> list(Actor actor) {
        actor.requireAdmin();
        return ports.catalogue().documentTypes();
    }

    /** @return the refused fields; empty when saved */
    public FieldErrors save(Actor actor, Command command) {
        actor.requireAdmin();
        var errors = new FieldErrors().requireText("label", command.label(), "Nom du justificatif", 120);
        var types = ports.catalogue().documentTypes();
        boolean existing = command.code() != null && !command.code().isBlank();
        if (existing && types.stream().noneMatch(t -> t.code().equals(command.code()))) {
            errors.add("code", "Ce justificatif n'existe plus : rechargez la page.");
        }
        if (!errors.isEmpty()) return errors;
        String label = command.label().strip();
        if (types.stream().anyMatch(t -> t.label().equalsIgnoreCase(label) && !t.code().equals(command.code()))) {
            return errors.add("label", "Un justificatif porte déjà ce nom : modifiez celui de la liste.");
        }
        String code = existing ? command.code() : TownConsents.uniqueCode(TownConsents.slug(label), types.stream().map(DocumentType::code).toList());
        if (code.isEmpty()) return errors.add("label", "Le nom doit contenir au moins une lettre ou un chiffre.");
        var type = new DocumentType(code, label, command.required(), command.perChild());
        ports.transactions().run(() -> {
            ports.catalogue().saveDocumentType(type);
            audit.record(new AuditEvent(AuditEventType.TOWN_SETTINGS_CHANGED, actor.accountId(), null, ports.clock().instant(), actor.origin(),
                    "justificatif « " + label + " » " + (type.required() ? "obligatoire" : "facultatif") + (type.perChild() ? ", un par enfant" : "")));
        });
        return errors;
    }

}
