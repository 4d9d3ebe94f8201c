package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.persistence.Db;

import java.time.Clock;
import java.util.Objects;

/**
 * What every area is built on: the configuration, the database, the one clock of the portal and its public address.
 * The address is a value known before any area is built (a portal on a free port reserves it first), so no area waits
 * for the server to learn where it lives.
 */
public record PortalBase(PortalConfig config, Db db, Clock clock, String publicBaseUrl) {

    public PortalBase {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    }
}
