-- Several service instances may share one database (PostgreSQL in production). A job is claimed by
-- one instance with a compare-and-set UPDATE that takes a lease; the owner renews the lease while it
-- works, and any instance may claim a RUNNING job whose lease has expired (its owner died).
ALTER TABLE jobs ADD COLUMN lease_owner VARCHAR(80);      -- the claiming process: instance name + '/' + process id
ALTER TABLE jobs ADD COLUMN lease_instance VARCHAR(200);  -- the instance name alone: a restart takes its jobs back at once
ALTER TABLE jobs ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE jobs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
