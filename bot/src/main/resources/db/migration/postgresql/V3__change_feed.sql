-- Changes that every bot process must take up (several processes share one PostgreSQL): opt-ins and preferences,
-- withdrawals, forgetting, community settings. Written in the same transaction as the change itself; a NOTIFY on
-- rapport_changes wakes the other processes. Rows are kept for an hour only: they name people.
CREATE TABLE change_feed (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         VARCHAR(32)  NOT NULL,
    user_id      VARCHAR(128),
    community_id VARCHAR(128),
    at           BIGINT       NOT NULL
);
CREATE INDEX change_feed_at ON change_feed (at);

-- Each running process: the last change it applied and when it last said so (forget waits for the live ones).
CREATE TABLE process_presence (
    process_id  VARCHAR(128) NOT NULL PRIMARY KEY,
    applied_seq BIGINT       NOT NULL,
    seen_at     BIGINT       NOT NULL
);
