-- Rapport's coaching state. Portable SQL that SQLite and PostgreSQL both run unchanged.
-- Times are epoch milliseconds (BIGINT), ISO weeks are text such as 2026-W05 (sorts in time order).
-- The coached person appears by id (user_id); everyone else only by keyed pseudonym. No message text anywhere.

-- Who opted in where, and how they want to be coached.
CREATE TABLE opt_in (
    platform        VARCHAR(32)  NOT NULL,
    user_id         VARCHAR(128) NOT NULL,
    community_id    VARCHAR(128) NOT NULL,
    consent_at      BIGINT       NOT NULL,
    zone            VARCHAR(64)  NOT NULL,
    digest_day      SMALLINT     NOT NULL,
    digest_hour     SMALLINT     NOT NULL,
    quiet_from      SMALLINT,
    quiet_until     SMALLINT,
    tip_frequency   VARCHAR(16)  NOT NULL,
    PRIMARY KEY (platform, user_id, community_id)
);

CREATE TABLE opt_in_muted_rule (
    platform     VARCHAR(32)  NOT NULL,
    user_id      VARCHAR(128) NOT NULL,
    community_id VARCHAR(128) NOT NULL,
    rule_id      VARCHAR(64)  NOT NULL,
    PRIMARY KEY (platform, user_id, community_id, rule_id),
    FOREIGN KEY (platform, user_id, community_id) REFERENCES opt_in (platform, user_id, community_id) ON DELETE CASCADE
);

CREATE TABLE opt_in_snooze (
    platform     VARCHAR(32)  NOT NULL,
    user_id      VARCHAR(128) NOT NULL,
    community_id VARCHAR(128) NOT NULL,
    rule_id      VARCHAR(64)  NOT NULL,
    snoozed_until BIGINT      NOT NULL,
    PRIMARY KEY (platform, user_id, community_id, rule_id),
    FOREIGN KEY (platform, user_id, community_id) REFERENCES opt_in (platform, user_id, community_id) ON DELETE CASCADE
);

-- One row of settings per community, as a JSON document (audience roles/channels, promotion channels, rule overrides).
CREATE TABLE community_settings (
    community_id VARCHAR(128) NOT NULL PRIMARY KEY,
    settings     TEXT         NOT NULL,
    updated_at   BIGINT       NOT NULL
);

-- A person's week in numbers. Kept when retention prunes the engine state: these are the trends.
CREATE TABLE weekly_stats (
    user_id                 VARCHAR(128)     NOT NULL,
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
    PRIMARY KEY (user_id, week)
);

-- The coaching engine's rolling state of one person, as one JSON document (the engine's UserSnapshot): weekly
-- tallies, link fingerprints, waiting questions, counterparts by pseudonym. Counts, times and ids only, no text.
-- version is the snapshot format, so a build can refuse a document written by a newer Rapport.
CREATE TABLE engine_state (
    user_id    VARCHAR(128) NOT NULL PRIMARY KEY,
    version    INTEGER      NOT NULL,
    state      TEXT         NOT NULL,
    updated_at BIGINT       NOT NULL
);

-- Tips sent, and what the person said about them. Evidence is references only (ids, counts, fingerprints, pseudonyms).
CREATE TABLE tip_ledger (
    tip_id    VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id   VARCHAR(128) NOT NULL,
    rule_id   VARCHAR(64)  NOT NULL,
    week      VARCHAR(8)   NOT NULL,
    sent_at   BIGINT       NOT NULL,
    channel   VARCHAR(16)  NOT NULL,
    feedback  VARCHAR(16),
    evidence  TEXT
);
CREATE INDEX tip_ledger_user ON tip_ledger (user_id, sent_at);

-- Digests claimed: the unique key makes "send once per person and week" hold across processes.
CREATE TABLE digest_ledger (
    user_id    VARCHAR(128) NOT NULL,
    week       VARCHAR(8)   NOT NULL,
    process_id VARCHAR(128) NOT NULL,
    claimed_at BIGINT       NOT NULL,
    PRIMARY KEY (user_id, week)
);
