package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.domain.town.ServiceOffice;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryServiceOffices implements ServiceOffices {

    private final TreeMap<Long, ServiceOffice> offices = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized List<ServiceOffice> all() {
        return List.copyOf(offices.values());
    }

    @Override
    public synchronized Optional<ServiceOffice> find(long id) {
        return Optional.ofNullable(offices.get(id));
    }

    @Override
    public synchronized ServiceOffice save(ServiceOffice office) {
        if (office.id() != 0 && !offices.containsKey(office.id())) throw new IllegalArgumentException("no service " + office.id());
        var stored = office.id() == 0 ? office.withId(nextId++) : office;
        offices.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized boolean remove(long id) {
        return offices.remove(id) != null;
    }
}
