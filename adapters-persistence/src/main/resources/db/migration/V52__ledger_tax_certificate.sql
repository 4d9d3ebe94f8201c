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
