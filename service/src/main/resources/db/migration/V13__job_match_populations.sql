-- The population of each record of a stored pair, recorded as the job read its lists: a job's full
-- view (the first overlaps page, an export) is built from its pairs alone, without reading the
-- population of every matched record from the lists (at 1M x 1M, ~9 of the first page's ~17 s).
-- NULL for pairs stored before this migration; their views read the records as before.
ALTER TABLE job_matches ADD COLUMN left_population TEXT;
ALTER TABLE job_matches ADD COLUMN right_population TEXT;
