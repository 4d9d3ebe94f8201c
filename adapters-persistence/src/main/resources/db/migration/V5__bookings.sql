-- Bookings: the school calendar of each school year (holidays by zone, closures), the town's activities with their
-- deadline rules, the slots derived from both (activity × day, places, closed), enrolments and bookings with their
-- waiting lists. Capacity is a database fact: a slot's «booked» count only grows by a conditional UPDATE made under
-- the slot's row lock, in the transaction that inserts the booking.

CREATE TABLE school_calendar (
    start_year           INTEGER PRIMARY KEY CHECK (start_year BETWEEN 2000 AND 2200),
    zone                 TEXT    NOT NULL,
    first_day_of_classes DATE    NOT NULL,
    last_day_of_classes  DATE    NOT NULL,
    -- Alsace-Moselle adds Good Friday and 26 December to the public holidays
    alsace_moselle       BOOLEAN NOT NULL DEFAULT false,
    CHECK (last_day_of_classes > first_day_of_classes)
);

CREATE TABLE holiday_period (
    start_year INTEGER NOT NULL REFERENCES school_calendar (start_year) ON DELETE CASCADE,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    first_day  DATE    NOT NULL,
    last_day   DATE    NOT NULL CHECK (last_day >= first_day),
    PRIMARY KEY (start_year, first_day)
);

CREATE TABLE closure (
    start_year INTEGER NOT NULL REFERENCES school_calendar (start_year) ON DELETE CASCADE,
    day        DATE    NOT NULL,
    reason     TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    PRIMARY KEY (start_year, day)
);

CREATE TYPE activity_kind AS ENUM ('ACCUEIL_MATIN', 'RESTAURATION_SCOLAIRE', 'ACCUEIL_SOIR', 'MERCREDI', 'VACANCES');
CREATE TYPE booking_unit AS ENUM ('SESSION', 'MEAL', 'DAY', 'DAY_WITH_MEAL', 'HALF_DAY', 'HALF_DAY_WITH_MEAL');

CREATE TABLE activity (
    id                BIGSERIAL PRIMARY KEY,
    start_year        INTEGER       NOT NULL CHECK (start_year BETWEEN 2000 AND 2200),
    name              TEXT          NOT NULL CHECK (length(trim(name)) > 0),
    kind              activity_kind NOT NULL,
    unit              booking_unit  NOT NULL,
    -- ISO days of the week it runs: 1 = Monday … 7 = Sunday
    weekdays          INTEGER[]     NOT NULL CHECK (cardinality(weekdays) > 0 AND weekdays <@ ARRAY [1,2,3,4,5,6,7]),
    default_capacity  INTEGER       NOT NULL CHECK (default_capacity > 0),
    waiting_list      BOOLEAN       NOT NULL,
    -- the agents' text in the deadline grammar (DeadlineRule.of parses it back)
    booking_rule      TEXT          NOT NULL,
    cancellation_rule TEXT          NOT NULL,
    -- Billing's régie and tariff line, opaque here
    cash_office_id    TEXT          NOT NULL CHECK (length(trim(cash_office_id)) > 0),
    price_category    TEXT          NOT NULL CHECK (length(trim(price_category)) > 0),
    school_ids        BIGINT[]      NOT NULL DEFAULT '{}',
    levels            TEXT[]        NOT NULL DEFAULT '{}'
);
CREATE INDEX activity_year ON activity (start_year, kind, name);

CREATE TABLE slot (
    id          BIGSERIAL PRIMARY KEY,
    activity_id BIGINT  NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    day         DATE    NOT NULL,
    capacity    INTEGER NOT NULL CHECK (capacity >= 0),
    closed      BOOLEAN NOT NULL DEFAULT false,
    -- bookings with status BOOKED; may exceed capacity only after an agent lowered it (bookings are never dropped)
    booked      INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0),
    UNIQUE (activity_id, day)
);
-- the calendar of a month reads its slots by day range for a few activities: covered by the unique index above

CREATE TYPE enrolment_status AS ENUM ('PENDING', 'ACCEPTED', 'REFUSED');

CREATE TABLE enrolment (
    id             BIGSERIAL PRIMARY KEY,
    child_id       BIGINT           NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    activity_id    BIGINT           NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    start_year     INTEGER          NOT NULL,
    status         enrolment_status NOT NULL,
    refusal_reason TEXT,
    requested_at   TIMESTAMPTZ      NOT NULL,
    decided_at     TIMESTAMPTZ,
    UNIQUE (child_id, activity_id, start_year),
    CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL)),
    CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX enrolment_pending ON enrolment (requested_at, id) WHERE status = 'PENDING';

CREATE TYPE booking_status AS ENUM ('BOOKED', 'WAITING', 'CANCELLED');

-- One row per request of a child for a slot; a cancelled row stays (Billing reads when and how late it was cancelled).
CREATE TABLE booking (
    id             BIGSERIAL PRIMARY KEY,
    slot_id        BIGINT         NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
    child_id       BIGINT         NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    -- copied from the slot so the calendar and Billing read bookings by child and day without a join
    activity_id    BIGINT         NOT NULL,
    day            DATE           NOT NULL,
    status         booking_status NOT NULL,
    -- arrival: the waiting list is served in id order (first come, first served)
    requested_at   TIMESTAMPTZ    NOT NULL,
    -- when it became BOOKED (at once, or on promotion from the waiting list)
    booked_at      TIMESTAMPTZ,
    -- booked at or after the booking deadline (a promotion late, an agent's booking)
    booked_late    BOOLEAN        NOT NULL DEFAULT false,
    cancelled_at   TIMESTAMPTZ,
    -- cancelled at or after the cancellation deadline (an agent's cancellation): Billing may still charge it
    cancelled_late BOOLEAN,
    CHECK (status <> 'BOOKED' OR booked_at IS NOT NULL),
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
-- never twice the same child on the same slot, except cancelled rows
CREATE UNIQUE INDEX booking_once ON booking (slot_id, child_id) WHERE status <> 'CANCELLED';
-- the calendar: a household's children over a range of days
CREATE INDEX booking_child_day ON booking (child_id, day) WHERE status <> 'CANCELLED';
-- the waiting list of a slot, in order
CREATE INDEX booking_waiting ON booking (slot_id, id) WHERE status = 'WAITING';
-- Billing: an activity's month
CREATE INDEX booking_activity_day ON booking (activity_id, day);
