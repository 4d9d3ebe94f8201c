package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.application.accounts.AccountsPorts;
import fr.portailfamille.application.accounts.ActivationLink;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.accounts.TermsOfUse;
import fr.portailfamille.domain.town.InstallationMode;
import fr.portailfamille.domain.town.Town;

import java.util.Optional;

/**
 * «Mise en service» ({@code portail init}): on a database that is neither a demo nor a town's, creates the town, a
 * first version of the CGU (a model the admin replaces), the first administrator and the mail with the activation
 * link, and marks the database as a town's — all in one transaction, so a refused or failed set-up leaves nothing.
 */
public final class SetUpTown {

    /** Hours an activation link stays valid (the glossary's 168 h). */
    static final int ACTIVATION_HOURS = 168;

    public record Command(String townName, String townEmail, String phone, String postalAddress, String publicBaseUrl,
                          String adminLastName, String adminFirstNames, String adminEmail) {
    }

    public sealed interface Result {
        /** @param activationLink the first admin's link, shown to the one who ran the set-up (it is mailed too) */
        record SetUp(Town town, Account admin, String activationLink) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }

        record AlreadySetUp(InstallationMode mode) implements Result {
        }
    }

    private final AccountsPorts ports;
    private final TownRepository towns;
    private final Installation installation;
    private final String modelTerms;

    /** @param modelTerms the text of the CGU published until the town writes its own */
    public SetUpTown(AccountsPorts ports, TownRepository towns, Installation installation, String modelTerms) {
        this.ports = ports;
        this.towns = towns;
        this.installation = installation;
        this.modelTerms = modelTerms;
    }

    public Result setUp(Command command) {
        var errors = new FieldErrors()
                .requireText("townName", command.townName(), "Nom de la commune", 100)
                .requireText("phone", command.phone(), "Téléphone de la mairie", 40)
                .requireText("postalAddress", command.postalAddress(), "Adresse de la mairie", 300)
                .requireText("adminLastName", command.adminLastName(), "Nom de l'administrateur", 100)
                .requireText("adminFirstNames", command.adminFirstNames(), "Prénom(s) de l'administrateur", 150);
        var adminEmail = EmailAddress.parse(command.adminEmail());
        if (adminEmail.isEmpty()) errors.add("adminEmail", "Adresse e-mail de l'administrateur : " + EmailAddress.INVALID);
        Optional<EmailAddress> townEmail = EmailAddress.parse(command.townEmail());
        if (townEmail.isEmpty()) errors.add("townEmail", "Adresse e-mail de la mairie : " + EmailAddress.INVALID);
        String baseUrl = command.publicBaseUrl() == null ? "" : command.publicBaseUrl().strip();
        if (!baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            errors.add("publicBaseUrl", "Adresse publique du portail : une adresse web complète est attendue, par exemple https://famille.ma-commune.fr.");
        }
        if (!errors.isEmpty()) return new Result.Invalid(errors);

        return ports.transactions().inTransaction(() -> {
            var existing = installation.mode();
            if (existing.isPresent()) return new Result.AlreadySetUp(existing.get());
            if (towns.find().isPresent()) return new Result.AlreadySetUp(InstallationMode.TOWN);
            var now = ports.clock().instant();
            var town = new Town(command.townName().strip(), null, townEmail.get().value(), command.phone().strip(),
                    command.postalAddress().strip(), baseUrl, ACTIVATION_HOURS);
            towns.save(town);
            ports.terms().publish(new TermsOfUse(1, "Conditions générales d'utilisation du Portail Famille", modelTerms, now));
            var admin = ports.accounts().add(Account.create(ports.accounts().nextLoginId(), adminEmail.get(),
                    command.adminLastName().strip(), command.adminFirstNames().strip(), Role.ADMIN, now));
            String link = ActivationLink.send(ports, admin);
            ports.audit().record(new AuditEvent(AuditEventType.ACCOUNT_CREATED, null, admin.id(), now, null,
                    "mise en service de la commune, identifiant " + admin.loginId() + ", rôle " + Role.ADMIN.label()));
            installation.mark(InstallationMode.TOWN);
            return new Result.SetUp(town, admin, link);
        });
    }
}
