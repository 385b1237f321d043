-- Coaching state per (person, community). A guild lives on one gateway shard, so when several processes split the
-- shards each (person, community) row is written by exactly one of them; a row per person was overwritten by
-- whichever process saved last.
--
-- engine_state: an existing row held the person's state over all communities. It is kept whole, under the community
-- of the person's last message (the document's "community"), which is where their rolling history (links, waiting
-- questions, contacts) most likely continues; their other communities start fresh and their weeks there are still in
-- this row's weekly tallies. A row without one (the person only ever received messages) goes to the community of
-- their earliest opt-in, or to "default" (the community the engine used to fall back on) when there is none.
-- The document is read with a pattern anchored at its start (the top-level "community", not a finding's or a waiting
-- question's), not as JSON, so that one damaged document cannot stop the migration (reading it later says what is
-- wrong with it).
ALTER TABLE engine_state ADD COLUMN community_id VARCHAR(128);
UPDATE engine_state e SET community_id = COALESCE(
    NULLIF(substring(e.state from '^\{"version":[0-9]+,"user":"[^"]*","zone":"[^"]*","openWeek":(?:null|"[^"]*"),"community":"([^"]*)"'), ''),
    (SELECT o.community_id FROM opt_in o WHERE o.user_id = e.user_id ORDER BY o.consent_at LIMIT 1),
    'default');
ALTER TABLE engine_state ALTER COLUMN community_id SET NOT NULL;
ALTER TABLE engine_state DROP CONSTRAINT engine_state_pkey;
ALTER TABLE engine_state ADD PRIMARY KEY (user_id, community_id);

-- weekly_stats: the rows so far were written by `replay --store`, one per person and week over every community of
-- the replay; they keep meaning that under the community id '*' ("all of the replay's communities"), which is what
-- replay stores and compares with. Numbers of one community are kept under its own id.
ALTER TABLE weekly_stats ADD COLUMN community_id VARCHAR(128) NOT NULL DEFAULT '*';
ALTER TABLE weekly_stats ALTER COLUMN community_id DROP DEFAULT;
ALTER TABLE weekly_stats DROP CONSTRAINT weekly_stats_pkey;
ALTER TABLE weekly_stats ADD PRIMARY KEY (user_id, community_id, week);

-- The names communities go by, as the bot last saw them (a guild's name when someone opted in there): a weekly digest
-- made by one process names communities that live on another process's shards. Names only, nothing about people.
CREATE TABLE community_name (
    community_id VARCHAR(128) NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    updated_at   BIGINT       NOT NULL
);
