-- Blind jobs survive a restart as match jobs do (V2): a RUNNING blind job is held by one process's
-- lease; a restarted instance takes its own back at once, another instance once the lease expires.
ALTER TABLE blind_jobs ADD COLUMN lease_owner VARCHAR(200);
ALTER TABLE blind_jobs ADD COLUMN lease_instance VARCHAR(200);
ALTER TABLE blind_jobs ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE blind_jobs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
CREATE INDEX blind_jobs_claimable ON blind_jobs (status, lease_until);
