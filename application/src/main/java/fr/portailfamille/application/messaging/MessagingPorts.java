package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.households.port.HouseholdRepository;

import java.time.Clock;

/** What the messaging use cases need from outside: the threads, the households, the notifications, transactions, time. */
public record MessagingPorts(ThreadRepository threads, HouseholdRepository households, Notifier notifier, Transactions transactions, Clock clock) {
}
