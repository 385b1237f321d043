-- At-least-once delivery. A tip is entered in the ledger as PENDING (the intent) before it is sent, with the private
-- message it belongs to (delivery_id: several tips caused by the same moment go as one message) and the time it may
-- go (due_at: now plus a short window, the end of quiet hours, or the daily bundle's hour). The sender marks it DM
-- (sent), WAITING (DMs closed, or too many failed attempts: shown with the next command) or retries it later; the
-- ledger is the persisted outbox, so a restart loses nothing. sent_at becomes the real send time.
ALTER TABLE tip_ledger ADD COLUMN delivery_id VARCHAR(36);
ALTER TABLE tip_ledger ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE tip_ledger ADD COLUMN due_at BIGINT;
CREATE INDEX tip_ledger_due ON tip_ledger (channel, due_at);

-- A digest is claimed, then sent: sent_at says it went out. A claim that was never sent (the DM failed, or the
-- process died) is released or, once stale, taken over, so the digest is not lost.
ALTER TABLE digest_ledger ADD COLUMN sent_at BIGINT;
