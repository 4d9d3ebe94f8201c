-- An enrolled child who came without a booking, added to the day's register by an agent; Billing reads it as
-- «présent sans réservation». (Added alone: a new enum value is not usable in the transaction that adds it.)
ALTER TYPE attendance_mark ADD VALUE 'PRESENT_WITHOUT_BOOKING';
