-- A community's state in parts (its people, open requests, recent questions, rooms and room norms each spread over a
-- few rows by a hash of their key, and a head with the rest), so that a save rewrites only the parts that changed:
-- a busy community's whole document (about 1 MB for 2,000 people) was rewritten about every second. Each part keeps
-- a digest of its document, which the saver compares before writing. A community saved before this table stays in
-- community_state and is read from there until its first save in parts, which deletes that row.
CREATE TABLE community_part (
    community_id VARCHAR(128) NOT NULL,
    part         VARCHAR(32)  NOT NULL,
    version      INTEGER      NOT NULL,
    digest       BIGINT       NOT NULL,
    state        TEXT         NOT NULL,
    updated_at   BIGINT       NOT NULL,
    PRIMARY KEY (community_id, part)
);
