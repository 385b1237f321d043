-- What a person wants from the community, chosen at /coach start or in /coach settings (issue 8): find-customers,
-- keep-customers, find-collaborators or learn. NULL: not said, the community's goal applies. Opt-ins stored before
-- this said nothing.
ALTER TABLE opt_in ADD COLUMN goal VARCHAR(32);
