package fr.portailfamille.application.billing.port;

import fr.portailfamille.application.billing.*;
import fr.portailfamille.domain.billing.CashOffice;

import java.util.List;
import java.util.Optional;

/** Out-port: the town's régies and their tariffs. */
public interface CashOfficeRepository {

    /** Stores a new régie and returns it with its id. Its invoice prefix must be unused (the caller checks). */
    CashOffice add(CashOffice cashOffice);

    void update(CashOffice cashOffice);

    Optional<CashOffice> find(long id);

    /** By name. */
    List<CashOffice> all();

    Tariff addTariff(Tariff tariff);

    /** Replaces the stored tariff of the same id (brackets included). */
    void updateTariff(Tariff tariff);

    Optional<Tariff> findTariff(long id);

    /** The régie's tariffs by key, then by start date. */
    List<Tariff> tariffs(long cashOfficeId);
}
