-- The community a pending tip was found in. With several processes on one database every process's tip sender reads
-- the one ledger, but only the process that owns the tip's community (its shard) has the finding in memory to word
-- it: another one must leave the tip to it instead of dropping it as "finding gone" (a tip lost). Rows written before
-- this column have none, and any process may send them, as before.
ALTER TABLE tip_ledger ADD COLUMN community_id VARCHAR(128);
