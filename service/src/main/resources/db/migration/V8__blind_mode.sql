-- Blind mode (README "Blind mode"): the service matches lists the companies encoded on their own
-- machines. It holds public keys, encoded lists and release keys, never a partnership secret.

-- Each side's X25519 public key for a partnership; the secret is derived on the companies' machines.
CREATE TABLE blind_keys (
  partnership_id  VARCHAR(36)  NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  organization_id VARCHAR(36)  NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  public_key      VARCHAR(200) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (partnership_id, organization_id)
);

-- One blind match: both sides encode under its nonce, upload, and the match runs once both are in.
CREATE TABLE blind_jobs (
  id             VARCHAR(36) PRIMARY KEY,
  partnership_id VARCHAR(36) NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  requested_by   VARCHAR(36) NOT NULL,
  nonce          VARCHAR(64) NOT NULL,
  status         VARCHAR(16) NOT NULL, -- AWAITING_LISTS, RUNNING, SUCCEEDED, FAILED
  error          TEXT,
  matches        INTEGER,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX blind_jobs_partnership ON blind_jobs (partnership_id, created_at);

-- A side's encoded list of a job, as uploaded, and its release key (the per-record shares leave
-- the service only inside views, for released overlaps).
CREATE TABLE blind_lists (
  job_id           VARCHAR(36) NOT NULL REFERENCES blind_jobs (id) ON DELETE CASCADE,
  side             VARCHAR(5)  NOT NULL, -- LEFT (the inviter) or RIGHT
  organization_id  VARCHAR(36) NOT NULL,
  records          INTEGER     NOT NULL,
  populations_json TEXT        NOT NULL,
  encoded          BYTEA       NOT NULL,
  release_key      TEXT        NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (job_id, side)
);

CREATE TABLE blind_matches (
  job_id     VARCHAR(36) NOT NULL REFERENCES blind_jobs (id) ON DELETE CASCADE,
  entity     INTEGER NOT NULL,
  left_idx   INTEGER NOT NULL,
  right_idx  INTEGER NOT NULL,
  score      DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (job_id, left_idx, right_idx)
);
