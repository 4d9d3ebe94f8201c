package fr.portailfamille.bootstrap;

import fr.portailfamille.application.mail.DeliverMails;
import fr.portailfamille.application.town.SetUpTown;
import fr.portailfamille.mail.DevelopmentMailbox;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import fr.portailfamille.persistence.town.JooqInstallation;
import fr.portailfamille.persistence.town.JooqTownRepository;

import java.time.Clock;

/**
 * {@code portail init} wired: the set-up in one transaction, then the activation mail handed to the SMTP relay at
 * once when one is configured (otherwise it waits in the database for the portal's mail worker; it is never dropped).
 */
final class TownSetUp {

    private TownSetUp() {
    }

    /** @return what to tell the operator, in French */
    static String run(Db db, PortalConfig config, SetUpTown.Command command, Clock clock) {
        var ports = Portal.accountsPorts(db, clock);
        var setUp = new SetUpTown(ports, new JooqTownRepository(db, clock), new JooqInstallation(db), DemoData.resource("/town/cgu-modele.txt"));
        return switch (setUp.setUp(command)) {
            case SetUpTown.Result.Invalid invalid -> throw new TownInit.Refused("La commune n'a pas été mise en service :\n  - "
                    + String.join("\n  - ", invalid.errors().asMap().values()));
            case SetUpTown.Result.AlreadySetUp already -> throw new Main.Refusal(Main.alreadySetUp(already.mode()));
            case SetUpTown.Result.SetUp done -> done.town().townHall() + " : portail mis en service.\n"
                    + "Premier administrateur : " + done.admin().displayName() + ", identifiant " + done.admin().loginId() + ".\n"
                    + mailed(db, config, clock) + "\n"
                    + "Lien d'activation (valable " + done.town().activationValidityHours() + " h, à usage unique) :\n  " + done.activationLink()
                    + "\nDémarrez ensuite le portail avec ./portail (réglages : voir « Mise en service » dans le README).";
        };
    }

    private static String mailed(Db db, PortalConfig config, Clock clock) {
        var transport = Main.mailTransport(config.inMode(fr.portailfamille.domain.town.InstallationMode.DEMO));
        if (transport instanceof DevelopmentMailbox) {
            return "SMTP_HOST n'est pas réglé : le courriel d'activation attend dans la base et partira au démarrage du portail.";
        }
        int sent = new DeliverMails(new JooqMailOutbox(db, clock), transport, db, clock).deliverDue(10);
        return sent > 0 ? "Le lien d'activation a été envoyé par courriel à l'administrateur."
                : "Le serveur de courriel n'a pas accepté le message pour l'instant : le portail le renverra à son démarrage.";
    }
}
