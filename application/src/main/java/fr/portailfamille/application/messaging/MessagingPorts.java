package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Transactions;
import fr.portailfamille.application.households.HouseholdRepository;

import java.time.Clock;

/** What the messaging use cases need from outside: the threads, the households, the notifications, transactions, time. */
public record MessagingPorts(ThreadRepository threads, HouseholdRepository households, Notifier notifier, Transactions transactions, Clock clock) {
}
