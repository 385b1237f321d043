-- When each person last wrote in one of a community's own channels, by keyed pseudonym only (no id, no text, no
-- channel): the coach files a direct message under the community its two people last met in, and without this a
-- restart forgot who had met where. One row per (community, pseudonym), replaced on save; forgetting a person deletes
-- theirs, retention deletes rows older than the retention period.
CREATE TABLE community_presence (
    community_id     VARCHAR(128) NOT NULL,
    pseudonym        VARCHAR(64)  NOT NULL,
    last_in_channels BIGINT       NOT NULL,
    PRIMARY KEY (community_id, pseudonym)
);
CREATE INDEX community_presence_by_pseudonym ON community_presence (pseudonym);
CREATE INDEX community_presence_by_time ON community_presence (last_in_channels);
