package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.TermsOfUse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

public final class InMemoryTermsRepository implements TermsRepository {

    private final ConcurrentSkipListMap<Integer, TermsOfUse> versions = new ConcurrentSkipListMap<>();

    @Override
    public Optional<TermsOfUse> current() {
        var last = versions.lastEntry();
        return last == null ? Optional.empty() : Optional.of(last.getValue());
    }

    @Override
    public Optional<TermsOfUse> find(int version) {
        return Optional.ofNullable(versions.get(version));
    }

    @Override
    public List<TermsOfUse> all() {
        var list = new ArrayList<>(versions.values());
        list.sort(Comparator.comparingInt(TermsOfUse::version).reversed());
        return list;
    }

    @Override
    public void publish(TermsOfUse terms) {
        if (versions.putIfAbsent(terms.version(), terms) != null) {
            throw new IllegalStateException("CGU version " + terms.version() + " is already published");
        }
    }
}
