package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.households.DossierChange;
import fr.portailfamille.domain.households.Guardian;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.domain.households.Household;

import java.util.ArrayList;
import java.util.List;

/**
 * «Modifier mes coordonnées»: the guardians (names, relationship, e-mail, phones), the postal address and the
 * paperless invoices opt-in. A guardian whose every field is left empty is removed; the first one is required.
 */
public final class UpdateCoordinates {

    /** One guardian's fields as typed; all blank means «no such guardian». */
    public record GuardianForm(String lastName, String firstNames, String relationship, String email, String mobilePhone, String otherPhone) {
        boolean blank() {
            return (lastName + firstNames + relationship + email + mobilePhone + otherPhone).isBlank();
        }
    }

    public record Command(String postalAddress, boolean paperlessInvoices, List<GuardianForm> guardians) {
    }

    public static final String PHONE_INVALID = "Saisissez un numéro de téléphone à 10 chiffres, par exemple 06 12 34 56 78.";

    private final HouseholdsPorts ports;
    private final DossierAccess access;

    public UpdateCoordinates(HouseholdsPorts ports) {
        this.ports = ports;
        this.access = new DossierAccess(ports);
    }

    /** @return the refused fields («guardian1_email»…); empty when saved */
    public FieldErrors update(Actor actor, long householdId, Command command) {
        var household = access.household(actor, householdId);
        var errors = new FieldErrors().requireText("postalAddress", command.postalAddress(), "Adresse postale", 300);
        var guardians = new ArrayList<Guardian>();
        for (int i = 0; i < command.guardians().size(); i++) {
            var form = command.guardians().get(i);
            if (i > 0 && form.blank()) continue;
            String p = "guardian" + (i + 1) + "_";
            String who = " (responsable " + (i + 1) + ")";
            errors.requireText(p + "lastName", form.lastName(), "Nom" + who, 100)
                    .requireText(p + "firstNames", form.firstNames(), "Prénom(s)" + who, 150)
                    .requireText(p + "relationship", form.relationship(), "Lien avec les enfants" + who, 60);
            if (EmailAddress.parse(form.email()).isEmpty()) errors.add(p + "email", EmailAddress.INVALID);
            if (!HealthRecord.isPhone(form.mobilePhone())) errors.add(p + "mobilePhone", "Portable" + who + " : " + PHONE_INVALID);
            if (!form.otherPhone().isBlank() && !HealthRecord.isPhone(form.otherPhone())) {
                errors.add(p + "otherPhone", "Autre téléphone" + who + " : " + PHONE_INVALID);
            }
            if (errors.isEmpty()) {
                guardians.add(new Guardian(form.lastName(), form.firstNames(), form.relationship(),
                        EmailAddress.parse(form.email()).orElseThrow().value(), form.mobilePhone(), form.otherPhone()));
            }
        }
        if (!errors.isEmpty()) return errors;
        var updated = household.withCoordinates(command.postalAddress(), command.paperlessInvoices(), guardians);
        ports.transactions().run(() -> {
            ports.households().update(updated);
            audit(actor, household, updated);
        });
        return errors;
    }

    private void audit(Actor actor, Household before, Household after) {
        var now = ports.clock().instant();
        if (!before.postalAddress().equals(after.postalAddress())) {
            ports.audit().record(new DossierChange(after.id(), null, actor.accountId(), now, "Adresse postale", before.postalAddress(), after.postalAddress()));
        }
        if (before.paperlessInvoices() != after.paperlessInvoices()) {
            ports.audit().record(new DossierChange(after.id(), null, actor.accountId(), now, "Factures par courriel",
                    before.paperlessInvoices() ? "Oui" : "Non", after.paperlessInvoices() ? "Oui" : "Non"));
        }
        if (!before.guardians().equals(after.guardians())) {
            ports.audit().record(new DossierChange(after.id(), null, actor.accountId(), now, "Responsables légaux",
                    describe(before.guardians()), describe(after.guardians())));
        }
    }

    private static String describe(List<Guardian> guardians) {
        return String.join(" ; ", guardians.stream().map(g -> g.displayName() + " (" + g.relationship() + "), " + g.email() + ", "
                + g.mobilePhone() + (g.otherPhone().isEmpty() ? "" : ", " + g.otherPhone())).toList());
    }
}
