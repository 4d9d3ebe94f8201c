-- Ledger: an invoice is frozen at issue. What it prints around its lines (addressee and address, the town's and the
-- régie's details) is stored with it, so its PDF stays the same document after the family moves or the town changes.
ALTER TABLE invoice
    ADD COLUMN addressee         TEXT,
    ADD COLUMN addressee_address TEXT,
    ADD COLUMN town_name         TEXT,
    ADD COLUMN town_address      TEXT,
    ADD COLUMN town_email        TEXT,
    ADD COLUMN town_phone        TEXT,
    ADD COLUMN cash_office_name  TEXT;

-- Invoices issued before: frozen as they print today (the best knowledge of what they printed).
UPDATE invoice i
SET addressee = h.name, addressee_address = h.postal_address, cash_office_name = c.name,
    town_name = t.name, town_address = t.postal_address, town_email = t.services_email, town_phone = t.phone
FROM household h, cash_office c, town_settings t
WHERE h.id = i.household_id AND c.id = i.cash_office_id;
