package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.CashOffice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryCashOfficeRepository implements CashOfficeRepository {

    private final Map<Long, CashOffice> offices = new LinkedHashMap<>();
    private final Map<Long, Tariff> tariffs = new LinkedHashMap<>();
    private long nextId = 1;
    private long nextTariffId = 1;

    @Override
    public synchronized CashOffice add(CashOffice cashOffice) {
        var stored = cashOffice.withId(nextId++);
        offices.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(CashOffice cashOffice) {
        if (!offices.containsKey(cashOffice.id())) throw new IllegalArgumentException("unknown régie " + cashOffice.id());
        offices.put(cashOffice.id(), cashOffice);
    }

    @Override
    public synchronized Optional<CashOffice> find(long id) {
        return Optional.ofNullable(offices.get(id));
    }

    @Override
    public synchronized List<CashOffice> all() {
        return offices.values().stream().sorted(Comparator.comparing(CashOffice::name)).toList();
    }

    @Override
    public synchronized Tariff addTariff(Tariff tariff) {
        if (!offices.containsKey(tariff.cashOfficeId())) throw new IllegalArgumentException("unknown régie " + tariff.cashOfficeId());
        var stored = tariff.withId(nextTariffId++);
        tariffs.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void updateTariff(Tariff tariff) {
        if (!tariffs.containsKey(tariff.id())) throw new IllegalArgumentException("unknown tariff " + tariff.id());
        tariffs.put(tariff.id(), tariff);
    }

    @Override
    public synchronized Optional<Tariff> findTariff(long id) {
        return Optional.ofNullable(tariffs.get(id));
    }

    @Override
    public synchronized List<Tariff> tariffs(long cashOfficeId) {
        return new ArrayList<>(tariffs.values()).stream().filter(t -> t.cashOfficeId() == cashOfficeId)
                .sorted(Comparator.comparing(Tariff::key).thenComparing(t -> t.grid().validFrom())).toList();
    }
}
