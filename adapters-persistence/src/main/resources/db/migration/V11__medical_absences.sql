-- Absences for illness: a family declares days of a child with a medical certificate, an agent validates or refuses
-- it. A validated absence keeps the child's bookings of those days off the invoice (JooqBillableUsage reads it).
-- The certificate is health data: it stays in this row, served only to the household and the staff.
CREATE TYPE absence_status AS ENUM ('PENDING', 'VALIDATED', 'REFUSED');

CREATE TABLE medical_absence (
    id                 BIGSERIAL PRIMARY KEY,
    household_id       BIGINT         NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    child_id           BIGINT         NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    first_day          DATE           NOT NULL,
    last_day           DATE           NOT NULL,
    status             absence_status NOT NULL,
    refusal_reason     TEXT,
    certificate_name   TEXT           NOT NULL,
    certificate_type   TEXT           NOT NULL,
    certificate_sha256 TEXT           NOT NULL CHECK (length(certificate_sha256) = 64),
    certificate        BYTEA          NOT NULL,
    declared_at        TIMESTAMPTZ    NOT NULL,
    decided_at         TIMESTAMPTZ,
    CHECK (last_day >= first_day),
    CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL)),
    CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX medical_absence_pending ON medical_absence (declared_at, id) WHERE status = 'PENDING';
-- billing and the attendance register: a child's validated days
CREATE INDEX medical_absence_child ON medical_absence (child_id, first_day);
CREATE INDEX medical_absence_household ON medical_absence (household_id);
