-- Who was forgotten lately, so that no write brings them back: a save of someone else's or a community's state taken
-- before the forget (in this process or another one) is stripped of the person, and their own rows are not written.
-- A row is a mark, a keyed hash of the person's pseudonym (never their id, nor the pseudonym other rows carry), kept
-- for a day: far longer than running processes take to let go of the person in memory. When the same person opts in
-- again their mark goes (they start again, empty).
CREATE TABLE forgotten (
    mark VARCHAR(32) NOT NULL PRIMARY KEY,
    at   BIGINT      NOT NULL
);
CREATE INDEX forgotten_at ON forgotten (at);
