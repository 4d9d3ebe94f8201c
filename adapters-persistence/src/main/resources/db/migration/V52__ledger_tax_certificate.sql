-- Ledger: the yearly «attestation fiscale pour frais de garde». Each is a town document of the household
-- (supporting_document, from_town); this table says which household has its certificate of which year, so producing the
-- year's certificates again never makes a second one. Deleting the document (the household purged) frees the year.
CREATE TABLE tax_certificate (
    household_id BIGINT      NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    year         INTEGER     NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    document_id  BIGINT      NOT NULL UNIQUE REFERENCES supporting_document (id) ON DELETE CASCADE,
    issued_at    TIMESTAMPTZ NOT NULL,
    issued_by    BIGINT      NOT NULL,
    PRIMARY KEY (household_id, year)
);

-- Ledger: the days a credit note gives back. Such a day leaves billed_day (a complementary run may bill it again when it
-- is booked again) and is kept here with the credit note that released it: a day leaves billed_day only through a credit.
CREATE TABLE credited_day (
    credit_note_id BIGINT NOT NULL REFERENCES credit_note (id),
    invoice_id     BIGINT NOT NULL REFERENCES invoice (id),
    child_id       BIGINT NOT NULL,
    activity_id    BIGINT NOT NULL CHECK (activity_id >= 0),
    day            DATE   NOT NULL,
    PRIMARY KEY (credit_note_id, child_id, activity_id, day)
);
CREATE INDEX credited_day_by_invoice ON credited_day (invoice_id);
