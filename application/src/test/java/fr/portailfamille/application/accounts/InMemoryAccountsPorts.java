package fr.portailfamille.application.accounts;

import fr.portailfamille.application.common.InMemoryTransactions;
import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.application.common.SequenceTokenGenerator;
import fr.portailfamille.application.mail.InMemoryMailOutbox;
import fr.portailfamille.application.mail.PlainMailComposer;
import fr.portailfamille.application.town.CurrentTown;
import fr.portailfamille.application.town.InMemoryTownRepository;
import fr.portailfamille.domain.accounts.TermsOfUse;
import fr.portailfamille.domain.town.Town;

import java.time.Instant;

/** The account use cases' ports, all in memory, with a town and a first CGU version: the core without any server. */
public final class InMemoryAccountsPorts {

    public final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"));
    public final InMemoryMailOutbox outbox = new InMemoryMailOutbox(clock);
    public final InMemoryTermsRepository terms = new InMemoryTermsRepository();
    public final InMemoryTownRepository towns = new InMemoryTownRepository();
    /** Rolls back every store of the ports built on these ones: each ports class enlists its stores here. */
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final AccountsPorts ports;

    public InMemoryAccountsPorts() {
        towns.save(new Town("Villepreux", null, "espace.services@villepreux.fr", "01 30 80 80 00",
                "Place de la Mairie, 78450 Villepreux", "https://portail.villepreux.fr", 168));
        terms.publish(new TermsOfUse(1, "CGU", "PRÉAMBULE\n\nTexte de la version 1.", clock.instant()));
        var t = transactions;
        ports = new AccountsPorts(t.enlist(new InMemoryAccountRepository()), t.enlist(new InMemoryTokenRepository()),
                t.enlist(new InMemorySessionRepository()), t.enlist(new InMemoryThrottleRepository()), t.enlist(new InMemoryAuditLog()),
                t.enlist(terms), t.enlist(new InMemoryTermsAcceptances()), new FastPasswordHasher(), new SequenceTokenGenerator(),
                t.enlist(outbox), new PlainMailComposer(), new CurrentTown(t.enlist(towns)), t, clock);
    }
}
