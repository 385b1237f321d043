-- Coaching state per (person, community). A guild lives on one gateway shard, so when several processes split the
-- shards each (person, community) row is written by exactly one of them; a row per person was overwritten by
-- whichever process saved last.
--
-- engine_state: an existing row held the person's state over all communities. It is kept whole, under the community
-- of the person's last message (the document's "community"), which is where their rolling history (links, waiting
-- questions, contacts) most likely continues; their other communities start fresh and their weeks there are still in
-- this row's weekly tallies. A row without one (the person only ever received messages) goes to the community of
-- their earliest opt-in, or to "default" (the community the engine used to fall back on) when there is none.
CREATE TABLE engine_state_by_community (
    user_id      VARCHAR(128) NOT NULL,
    community_id VARCHAR(128) NOT NULL,
    version      INTEGER      NOT NULL,
    state        TEXT         NOT NULL,
    updated_at   BIGINT       NOT NULL,
    PRIMARY KEY (user_id, community_id)
);
INSERT INTO engine_state_by_community (user_id, community_id, version, state, updated_at)
SELECT e.user_id,
       COALESCE(CASE WHEN json_valid(e.state) THEN NULLIF(json_extract(e.state, '$.community'), '') END,
                (SELECT o.community_id FROM opt_in o WHERE o.user_id = e.user_id ORDER BY o.consent_at LIMIT 1),
                'default'),
       e.version, e.state, e.updated_at
FROM engine_state e;
DROP TABLE engine_state;
ALTER TABLE engine_state_by_community RENAME TO engine_state;

-- weekly_stats: the rows so far were written by `replay --store`, one per person and week over every community of
-- the replay; they keep meaning that under the community id '*' ("all of the replay's communities"), which is what
-- replay stores and compares with. Numbers of one community are kept under its own id.
CREATE TABLE weekly_stats_by_community (
    user_id                 VARCHAR(128)     NOT NULL,
    community_id            VARCHAR(128)     NOT NULL,
    week                    VARCHAR(8)       NOT NULL,
    messages                INTEGER          NOT NULL,
    replies                 INTEGER          NOT NULL,
    questions_answered      INTEGER          NOT NULL,
    questions_asked         INTEGER          NOT NULL,
    mentions_received       INTEGER          NOT NULL,
    mentions_answered       INTEGER          NOT NULL,
    median_response_seconds BIGINT           NOT NULL,
    link_messages           INTEGER          NOT NULL,
    links                   INTEGER          NOT NULL,
    link_share              DOUBLE PRECISION NOT NULL,
    self_promotion          INTEGER          NOT NULL,
    broadcast_share         DOUBLE PRECISION NOT NULL,
    first_person            INTEGER          NOT NULL,
    second_person           INTEGER          NOT NULL,
    self_focus_ratio        DOUBLE PRECISION NOT NULL,
    audience_mix            TEXT             NOT NULL,
    reciprocity             DOUBLE PRECISION NOT NULL,
    overdue                 INTEGER          NOT NULL,
    top_counterparts        TEXT             NOT NULL,
    updated_at              BIGINT           NOT NULL,
    help_given              INTEGER          NOT NULL DEFAULT 0,
    acknowledgements        INTEGER          NOT NULL DEFAULT 0,
    reactions_given         INTEGER          NOT NULL DEFAULT 0,
    link_flags              INTEGER          NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, community_id, week)
);
INSERT INTO weekly_stats_by_community (user_id, community_id, week, messages, replies, questions_answered,
    questions_asked, mentions_received, mentions_answered, median_response_seconds, link_messages, links, link_share,
    self_promotion, broadcast_share, first_person, second_person, self_focus_ratio, audience_mix, reciprocity,
    overdue, top_counterparts, updated_at, help_given, acknowledgements, reactions_given, link_flags)
SELECT user_id, '*', week, messages, replies, questions_answered, questions_asked, mentions_received,
    mentions_answered, median_response_seconds, link_messages, links, link_share, self_promotion, broadcast_share,
    first_person, second_person, self_focus_ratio, audience_mix, reciprocity, overdue, top_counterparts, updated_at,
    help_given, acknowledgements, reactions_given, link_flags
FROM weekly_stats;
DROP TABLE weekly_stats;
ALTER TABLE weekly_stats_by_community RENAME TO weekly_stats;

-- The names communities go by, as the bot last saw them (a guild's name when someone opted in there): a weekly digest
-- made by one process names communities that live on another process's shards. Names only, nothing about people.
CREATE TABLE community_name (
    community_id VARCHAR(128) NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    updated_at   BIGINT       NOT NULL
);
