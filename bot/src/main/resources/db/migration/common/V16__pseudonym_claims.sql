-- Which pseudonym is whose, so that no two people share one (their counts would merge): a person's whole keyed digest
-- (hex of HMAC-SHA-256 of their id under the installation's secret: a wider pseudonym, never the id) and the number
-- their pseudonym shows (p- and ten hex digits). A digest gets the number its first five bytes name, or the first free
-- one after it when another digest holds that one; the unique number makes every process resolve a clash the same way.
-- A forgotten person's row keeps its number with the digest replaced ("forgotten" and the number), so that nobody
-- else takes the number over while another process may still hold it.
CREATE TABLE pseudonym_claim (
    digest VARCHAR(64) NOT NULL PRIMARY KEY,
    code   BIGINT      NOT NULL,
    CONSTRAINT pseudonym_claim_code UNIQUE (code)
);
