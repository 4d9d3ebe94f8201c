package fr.portailfamille.domain.town;

/**
 * What a database is, decided once and kept in it: a demonstration (a fictional town, published passwords, the PayFiP
 * simulator and the development mailbox) or a real town's (made by {@code portail init}). The environment never
 * turns one into the other: a town's data must never meet the demo's accounts.
 */
public enum InstallationMode {
    DEMO,
    TOWN
}
