package io.venn.service.job;

/** A job's life: QUEUED, RUNNING, then SUCCEEDED or FAILED. A restart re-queues QUEUED and RUNNING jobs. */
public enum JobStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED;

  public boolean finished() {
    return this == SUCCEEDED || this == FAILED;
  }
}
