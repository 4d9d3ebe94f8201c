package fr.portailfamille.application.town;

import fr.portailfamille.application.accounts.AccountsPorts;
import fr.portailfamille.application.accounts.FastPasswordHasher;
import fr.portailfamille.application.accounts.InMemoryAccountRepository;
import fr.portailfamille.application.accounts.InMemoryAuditLog;
import fr.portailfamille.application.accounts.InMemorySessionRepository;
import fr.portailfamille.application.accounts.InMemoryTermsAcceptances;
import fr.portailfamille.application.accounts.InMemoryTermsRepository;
import fr.portailfamille.application.accounts.InMemoryThrottleRepository;
import fr.portailfamille.application.accounts.InMemoryTokenRepository;
import fr.portailfamille.application.common.InMemoryTransactions;
import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.application.common.SequenceTokenGenerator;
import fr.portailfamille.application.mail.InMemoryMailOutbox;
import fr.portailfamille.application.mail.PlainMailComposer;
import fr.portailfamille.domain.accounts.AccountStatus;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.town.InstallationMode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** «Mise en service» of a town on an empty database, in memory. */
class SetUpTownTest {

    final InMemoryTownRepository towns = new InMemoryTownRepository();
    final InMemoryTermsRepository terms = new InMemoryTermsRepository();
    final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    final InMemoryInstallation installation = new InMemoryInstallation();
    final AccountsPorts ports = new AccountsPorts(accounts, new InMemoryTokenRepository(), new InMemorySessionRepository(),
            new InMemoryThrottleRepository(), new InMemoryAuditLog(), terms, new InMemoryTermsAcceptances(), new FastPasswordHasher(),
            new SequenceTokenGenerator(), outbox, new PlainMailComposer(), new CurrentTown(towns), new InMemoryTransactions(),
            new MutableClock(Instant.parse("2026-12-05T09:00:00Z")));
    final SetUpTown setUp = new SetUpTown(ports, towns, installation, "Modèle de CGU à remplacer.");

    static SetUpTown.Command villepreux(String adminEmail) {
        return new SetUpTown.Command("Villepreux", "mairie@villepreux.fr", "01 30 80 80 00", "Place de la Mairie, 78450 Villepreux",
                "https://famille.villepreux.fr", "DURAND", "Anne", adminEmail);
    }

    @Test
    void creates_the_town_its_cgu_and_a_first_admin_whose_link_is_mailed_and_given_back() {
        var done = assertInstanceOf(SetUpTown.Result.SetUp.class, setUp.setUp(villepreux("anne.durand@villepreux.fr")));
        assertEquals("Villepreux", towns.find().orElseThrow().name());
        assertEquals(Role.ADMIN, done.admin().role());
        assertEquals(AccountStatus.PENDING_ACTIVATION, done.admin().status());
        assertTrue(done.activationLink().startsWith("https://famille.villepreux.fr/activation/"), done.activationLink());
        var mail = outbox.latest(1).getFirst().mail();
        assertEquals("anne.durand@villepreux.fr", mail.to());
        assertTrue(mail.textBody().contains(done.activationLink()));
        assertEquals(1, terms.current().orElseThrow().version());
        assertEquals(Optional.of(InstallationMode.TOWN), installation.mode());
    }

    @Test
    void lists_every_missing_or_invalid_answer_and_changes_nothing() {
        var invalid = assertInstanceOf(SetUpTown.Result.Invalid.class, setUp.setUp(new SetUpTown.Command(" ", "pas-une-adresse", "", "",
                "famille.villepreux.fr", "", "", "x")));
        assertEquals(java.util.Set.of("townName", "townEmail", "phone", "postalAddress", "publicBaseUrl", "adminLastName",
                "adminFirstNames", "adminEmail"), invalid.errors().asMap().keySet());
        assertTrue(towns.find().isEmpty());
        assertTrue(installation.mode().isEmpty());
        assertTrue(outbox.latest(1).isEmpty());
    }

    @Test
    void a_demo_or_a_town_already_set_up_is_never_set_up_again() {
        installation.mark(InstallationMode.DEMO);
        var refused = assertInstanceOf(SetUpTown.Result.AlreadySetUp.class, setUp.setUp(villepreux("anne.durand@villepreux.fr")));
        assertEquals(InstallationMode.DEMO, refused.mode());
        assertTrue(accounts.findByEmail(fr.portailfamille.domain.accounts.EmailAddress.parse("anne.durand@villepreux.fr").orElseThrow()).isEmpty());
    }
}
