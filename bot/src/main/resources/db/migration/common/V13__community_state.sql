-- What the engine knows about each community as a whole (who tends to ask or answer, who posted a job where the
-- community trades, other people's open requests, small rooms): one JSON document per community, everyone in it by
-- pseudonym, replaced whole on every save like engine_state. Before this table it was lost at every restart.
CREATE TABLE community_state (
    community_id VARCHAR(128) NOT NULL PRIMARY KEY,
    version      INTEGER      NOT NULL,
    state        TEXT         NOT NULL,
    updated_at   BIGINT       NOT NULL
);
