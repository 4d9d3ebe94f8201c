package fr.portailfamille.application.demarches;

import fr.portailfamille.application.demarches.port.*;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.messaging.Notifier;

import java.time.Clock;

/** What the démarches use cases need from outside: their records, the households, the notifications, transactions, time. */
public record DemarchePorts(DemarcheRepository repository, HouseholdRepository households, Notifier notifier, Transactions transactions, Clock clock) {
}
