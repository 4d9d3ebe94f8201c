package fr.portailfamille.persistence.town;

import fr.portailfamille.application.town.port.ServiceOffices;
import fr.portailfamille.domain.town.ServiceOffice;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.ServiceOfficeRecord;

import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.SERVICE_OFFICE;

public final class JooqServiceOffices implements ServiceOffices {

    private final Db db;

    public JooqServiceOffices(Db db) {
        this.db = db;
    }

    @Override
    public List<ServiceOffice> all() {
        // on the public contact page: read from the reference cache, forgotten at any change (trigger of V53)
        return db.reference().get("service offices", () -> List.copyOf(db.dsl().selectFrom(SERVICE_OFFICE).orderBy(SERVICE_OFFICE.ID)
                .fetch(JooqServiceOffices::toOffice)));
    }

    @Override
    public Optional<ServiceOffice> find(long id) {
        return db.dsl().selectFrom(SERVICE_OFFICE).where(SERVICE_OFFICE.ID.eq(id)).fetchOptional(JooqServiceOffices::toOffice);
    }

    @Override
    public ServiceOffice save(ServiceOffice office) {
        db.reference().changed();
        var r = db.dsl().newRecord(SERVICE_OFFICE);
        r.setName(office.name());
        r.setPostalAddress(office.postalAddress());
        r.setPhone(office.phone());
        r.setEmail(office.email());
        r.setOpeningHours(office.openingHours());
        if (office.id() == 0) return office.withId(db.dsl().insertInto(SERVICE_OFFICE).set(r).returning(SERVICE_OFFICE.ID).fetchOne().getId());
        if (db.dsl().update(SERVICE_OFFICE).set(r).where(SERVICE_OFFICE.ID.eq(office.id())).execute() == 0) {
            throw new IllegalArgumentException("no service " + office.id());
        }
        return office;
    }

    @Override
    public boolean remove(long id) {
        db.reference().changed();
        return db.dsl().deleteFrom(SERVICE_OFFICE).where(SERVICE_OFFICE.ID.eq(id)).execute() > 0;
    }

    private static ServiceOffice toOffice(ServiceOfficeRecord r) {
        return new ServiceOffice(r.getId(), r.getName(), r.getPostalAddress(), r.getPhone(), r.getEmail(), r.getOpeningHours());
    }
}
