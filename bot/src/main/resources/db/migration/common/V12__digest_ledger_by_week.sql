-- The digest routine reads one week's claims at a time (who is already sent or being sent): without this index
-- that read walks every claim ever made, since the primary key starts with the person.
CREATE INDEX digest_ledger_by_week ON digest_ledger (week, user_id);
