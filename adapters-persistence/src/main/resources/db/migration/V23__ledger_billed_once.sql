-- Ledger: each booked day is billed once. A month may have several final runs (the first, then complementary ones
-- for the days booked since); each bills only the days no final invoice counts yet, and a régie has one draft per month.

DROP INDEX invoicing_run_one_final;

ALTER TABLE invoicing_run ADD COLUMN complementary BOOLEAN NOT NULL DEFAULT false;

-- a draft beside a final run of its month becomes that month's complementary run; of several drafts the latest stays
DELETE FROM invoicing_run r
WHERE r.status = 'DRAFT'
  AND EXISTS (SELECT 1 FROM invoicing_run o WHERE o.status = 'DRAFT' AND o.cash_office_id = r.cash_office_id AND o.month = r.month AND o.id > r.id);
UPDATE invoicing_run r SET complementary = true
WHERE r.status = 'DRAFT'
  AND EXISTS (SELECT 1 FROM invoicing_run f WHERE f.status = 'FINALISED' AND f.cash_office_id = r.cash_office_id AND f.month = r.month);
CREATE UNIQUE INDEX invoicing_run_one_draft ON invoicing_run (cash_office_id, month) WHERE status = 'DRAFT';

-- The days a draft counts, replaced with its lines; child and activity are not foreign keys: a made-up usage (demo) has none.
CREATE TABLE draft_day (
    run_id       BIGINT NOT NULL REFERENCES invoicing_run (id) ON DELETE CASCADE,
    household_id BIGINT NOT NULL,
    child_id     BIGINT NOT NULL,
    activity_id  BIGINT NOT NULL CHECK (activity_id >= 0),
    day          DATE   NOT NULL
);
-- read and replaced by run; no key of its own (400,000 rows in a town's run): a day twice is refused by billed_day's key
CREATE INDEX draft_day_by_run ON draft_day (run_id);

-- The days final invoices bill: never two invoices for one child's day at one activity.
CREATE TABLE billed_day (
    invoice_id  BIGINT NOT NULL REFERENCES invoice (id),
    child_id    BIGINT NOT NULL,
    activity_id BIGINT NOT NULL CHECK (activity_id >= 0),
    day         DATE   NOT NULL,
    PRIMARY KEY (child_id, activity_id, day)
);

-- Drafts computed before days were followed are computed again before they can be finalised.
DELETE FROM draft_line WHERE run_id IN (SELECT id FROM invoicing_run WHERE status = 'DRAFT');
UPDATE invoicing_run SET computed_at = NULL WHERE status = 'DRAFT';

-- Invoices finalised before days were followed: every day their household's children had at the régie's activities
-- that month counts as billed by them. A complementary run may then miss a day booked after them (a loss the régie
-- corrects by hand), never bill a day twice.
INSERT INTO billed_day (invoice_id, child_id, activity_id, day)
SELECT DISTINCT ON (b.child_id, b.activity_id, b.day) i.id, b.child_id, b.activity_id, b.day
FROM invoice i
JOIN invoicing_run r ON r.id = i.run_id AND r.status = 'FINALISED'
JOIN cash_office c ON c.id = i.cash_office_id
JOIN child ch ON ch.household_id = i.household_id
JOIN booking b ON b.child_id = ch.id AND b.day >= i.month AND b.day < (i.month + INTERVAL '1 month') AND b.status <> 'WAITING'
JOIN activity a ON a.id = b.activity_id AND a.cash_office_id IN (c.invoice_prefix, c.id::text)
ORDER BY b.child_id, b.activity_id, b.day, i.id;
