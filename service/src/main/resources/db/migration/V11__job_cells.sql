-- Each finished job's entity counts per (left population, right population), under no policy: the
-- engine's overlap matrix, non-zero cells only. The matrix and the counts of a job are built from
-- them under the partner's current policy, without reading the job's pairs or any record (at 1M x 1M
-- that read took ~16 s). Jobs that finished before this migration have cells_stored FALSE; their
-- views are still built from their pairs.
ALTER TABLE jobs ADD COLUMN cells_stored BOOLEAN NOT NULL DEFAULT FALSE;

-- Deleted with their job, as job_matches are (and with it, with either list or the partnership).
CREATE TABLE job_cells (
  job_id            VARCHAR(36) NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  left_population   TEXT    NOT NULL,
  right_population  TEXT    NOT NULL,
  entities          INTEGER NOT NULL
);
CREATE INDEX job_cells_job ON job_cells (job_id);
