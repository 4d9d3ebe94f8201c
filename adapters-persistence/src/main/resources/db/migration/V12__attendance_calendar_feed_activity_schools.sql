-- The agents' attendance register: one mark per booked child, activity and day. A validated absence for illness is
-- read from medical_absence, never marked here.
CREATE TYPE attendance_mark AS ENUM ('PRESENT', 'ABSENT');

CREATE TABLE attendance (
    activity_id BIGINT          NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    day         DATE            NOT NULL,
    child_id    BIGINT          NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    mark        attendance_mark NOT NULL,
    marked_at   TIMESTAMPTZ     NOT NULL,
    marked_by   BIGINT          NOT NULL REFERENCES account (id),
    PRIMARY KEY (activity_id, day, child_id)
);

-- A household's private calendar address (iCalendar): only the SHA-256 of its 256-bit token is kept; no row = off.
CREATE TABLE calendar_feed (
    household_id BIGINT      PRIMARY KEY REFERENCES household (id) ON DELETE CASCADE,
    token_hash   TEXT        NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    created_at   TIMESTAMPTZ NOT NULL
);

-- Activities target schools by the name the town's school table is keyed by (children refer to it by name too);
-- the former school_ids pointed at nothing.
ALTER TABLE activity DROP COLUMN school_ids;
ALTER TABLE activity ADD COLUMN schools TEXT[] NOT NULL DEFAULT '{}';
