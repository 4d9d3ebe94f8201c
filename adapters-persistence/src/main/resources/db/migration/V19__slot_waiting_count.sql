-- The length of each slot's waiting list, kept beside «booked» by the same writes (JooqSlotRepository.save): a
-- parent's booking reads the slot's counts under its row lock instead of counting thousands of rows at the
-- registration opening.
ALTER TABLE slot ADD COLUMN waiting INTEGER NOT NULL DEFAULT 0 CHECK (waiting >= 0);
UPDATE slot SET waiting = w.n
FROM (SELECT slot_id, count(*) AS n FROM booking WHERE status = 'WAITING' GROUP BY slot_id) w
WHERE w.slot_id = slot.id;
