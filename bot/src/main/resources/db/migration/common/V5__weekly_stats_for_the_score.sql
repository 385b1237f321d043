-- The networking score (issue 13) reads two more of a week's numbers: reactions given (give first) and the link
-- drops, repeats and bursts the link rules saw (link restraint). Weeks stored before this count none of either.
ALTER TABLE weekly_stats ADD COLUMN reactions_given INTEGER NOT NULL DEFAULT 0;
ALTER TABLE weekly_stats ADD COLUMN link_flags INTEGER NOT NULL DEFAULT 0;
