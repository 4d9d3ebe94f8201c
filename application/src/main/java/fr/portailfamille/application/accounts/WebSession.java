package fr.portailfamille.application.accounts;

import fr.portailfamille.domain.accounts.SessionTimes;

/** A signed-in session; the cookie holds a random id, the database only its hash. */
public record WebSession(String idHash, long accountId, SessionTimes times) {
}
