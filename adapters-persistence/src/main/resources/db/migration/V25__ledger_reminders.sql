-- Ledger: reminders of unpaid invoices. The town sets after how many days past the due date (and between two
-- reminders) an unpaid invoice is reminded; each reminder is stored, one per invoice and day at most.
ALTER TABLE town_settings ADD COLUMN reminder_days INTEGER NOT NULL DEFAULT 15 CHECK (reminder_days BETWEEN 1 AND 365);

CREATE TABLE invoice_reminder (
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    sent_on    DATE   NOT NULL,
    PRIMARY KEY (invoice_id, sent_on)
);
