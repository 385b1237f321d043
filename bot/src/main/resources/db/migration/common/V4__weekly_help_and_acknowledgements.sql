-- Reciprocity counts substance: help given (answers, advice, reviews, pointers, reactions to someone's work) apart
-- from acknowledgements (thanks, "ok", a thumbs-up). Weeks stored before this version read as zero for both.
ALTER TABLE weekly_stats ADD COLUMN help_given INTEGER NOT NULL DEFAULT 0;
ALTER TABLE weekly_stats ADD COLUMN acknowledgements INTEGER NOT NULL DEFAULT 0;
