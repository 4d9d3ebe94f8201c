-- Going live without SQL: the levels each school teaches (an admin's «Écoles» page) and the town's services with their
-- addresses, listed on «Nous contacter» (an admin's «Services de la ville» page).

-- Levels a school teaches, in no particular order; empty while the town has not said.
ALTER TABLE school ADD COLUMN levels school_level[] NOT NULL DEFAULT '{}';

CREATE TABLE service_office (
    id             BIGSERIAL PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    postal_address TEXT NOT NULL,
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    opening_hours  TEXT NOT NULL DEFAULT '' CHECK (length(opening_hours) <= 1000)
);

-- read by the public contact page: kept in memory like the town's other reference data (V20)
CREATE TRIGGER service_office_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_office
    FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_changed();
