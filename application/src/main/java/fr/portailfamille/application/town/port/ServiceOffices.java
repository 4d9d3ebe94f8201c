package fr.portailfamille.application.town.port;

import fr.portailfamille.domain.town.ServiceOffice;

import java.util.List;
import java.util.Optional;

/** Out-port: the town's services and their addresses, as «Nous contacter» lists them. */
public interface ServiceOffices {

    /** In the order they were created (the town adds the one families look for first). */
    List<ServiceOffice> all();

    Optional<ServiceOffice> find(long id);

    /** Stores a new service (id 0) and answers it with its id, or replaces the one with its id. */
    ServiceOffice save(ServiceOffice office);

    /** @return false when there was no such service */
    boolean remove(long id);
}
