package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.application.accounts.AccountsPorts;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.town.Town;

/**
 * «Réglages de la commune»: an admin changes what families read in the banner, the footer, the contact page and the
 * mails' signature — name, Espace Services e-mail, phone, postal address, opening hours. Journaled.
 */
public final class EditTownSettings {

    public record Command(String name, String servicesEmail, String phone, String postalAddress, String openingHours) {

        public static Command of(Town town) {
            return new Command(town.name(), town.servicesEmail(), town.phone(), town.postalAddress(), town.openingHours());
        }
    }

    public sealed interface Result {
        record Saved(Town town) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }
    }

    /** A logo is a small image: the banner shows it at 48 pixels. */
    public static final int MAX_LOGO_BYTES = 1024 * 1024;

    /** Where the banner loads the logo from; the version makes browsers fetch a new one at once. */
    public static final String LOGO_PATH = "/ville/logo";

    private final AccountsPorts ports;
    private final TownRepository towns;
    private final TownLogo logos;

    public EditTownSettings(AccountsPorts ports, TownRepository towns, TownLogo logos) {
        this.ports = ports;
        this.towns = towns;
        this.logos = logos;
    }

    /** The logo as sent, checked from its bytes: a PNG or JPEG image of 1 Mo at most. */
    public Result changeLogo(Actor actor, byte[] content, boolean tooLarge, String clientAddress) {
        actor.requireAdmin();
        var type = content == null ? java.util.Optional.<FileType>empty()
                : FileType.detect(content).filter(t -> t == FileType.PNG || t == FileType.JPEG);
        var errors = new FieldErrors();
        if (tooLarge || (content != null && content.length > MAX_LOGO_BYTES)) errors.add("logo", "Le logo dépasse 1 Mo : envoyez une image plus légère.");
        else if (content == null || content.length == 0) errors.add("logo", "Choisissez l'image du logo.");
        else if (type.isEmpty()) errors.add("logo", "Le logo doit être une image PNG ou JPEG.");
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        return ports.transactions().inTransaction(() -> {
            var now = ports.clock().instant();
            logos.store(new TownLogo.Image(type.get(), content));
            var town = ports.town().get().withLogo(LOGO_PATH + "?v=" + now.getEpochSecond());
            towns.save(town);
            ports.audit().record(new AuditEvent(AuditEventType.TOWN_SETTINGS_CHANGED, actor.accountId(), null, now, clientAddress, "logo"));
            return new Result.Saved(town);
        });
    }

    /** The logo for the banner, to anyone: it is on every page. */
    public java.util.Optional<TownLogo.Image> logo() {
        return logos.find();
    }

    /** The settings as they are, for the form. */
    public Command current(Actor actor) {
        actor.requireAdmin();
        return Command.of(ports.town().get());
    }

    public Result edit(Actor actor, Command command, String clientAddress) {
        actor.requireAdmin();
        var errors = new FieldErrors()
                .requireText("name", command.name(), "Nom de la commune", 100)
                .requireText("phone", command.phone(), "Téléphone", 40)
                .requireText("postalAddress", command.postalAddress(), "Adresse postale", 300);
        var email = EmailAddress.parse(command.servicesEmail());
        if (email.isEmpty()) errors.add("servicesEmail", EmailAddress.INVALID);
        String hours = command.openingHours() == null ? "" : command.openingHours().strip();
        if (hours.length() > 1000) errors.add("openingHours", "Horaires d'accueil : 1 000 caractères au plus.");
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        return ports.transactions().inTransaction(() -> {
            var town = ports.town().get().withContact(command.name().strip(), email.get().value(), command.phone().strip(),
                    command.postalAddress().strip(), hours);
            towns.save(town);
            ports.audit().record(new AuditEvent(AuditEventType.TOWN_SETTINGS_CHANGED, actor.accountId(), null, ports.clock().instant(),
                    clientAddress, town.name()));
            return new Result.Saved(town);
        });
    }
}
