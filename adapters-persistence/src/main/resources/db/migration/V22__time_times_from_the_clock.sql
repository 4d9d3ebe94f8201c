-- The portal's clock, not the database's, dates the mails it queues: tests fix that clock, a demo may run at any date,
-- and the mail worker compares next_attempt_at with that same clock. Without a default, a writer that forgets the
-- time fails loudly instead of mixing two clocks.
ALTER TABLE mail_outbox ALTER COLUMN next_attempt_at DROP DEFAULT;
ALTER TABLE mail_outbox ALTER COLUMN created_at DROP DEFAULT;
