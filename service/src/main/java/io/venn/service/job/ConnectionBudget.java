package io.venn.service.job;

/**
 * Refuses a configuration in which running jobs could hold every database connection. A running job
 * holds one connection for the whole read of its lists and takes a second to report progress from
 * inside that read; rebuilding a job's evidence counts for a drill-down (when this instance keeps
 * none for the job) streams both lists on one more (one at a time), and
 * requests and lease renewals need one more. With fewer, the jobs wait on each
 * other for the pool's timeout and then fail, and the API stops answering meanwhile.
 */
final class ConnectionBudget {
  /** The connections one running job may hold at once: its list read, and a progress write. */
  static final int PER_JOB = 2;

  /** Evidence counts rebuilt at once (EvidenceService.AT_ONCE), each reading lists on a connection. */
  static final int EVIDENCE = 1;

  private ConnectionBudget() {}

  /** The fewest pool connections that {@code jobThreads} running jobs leave room beside. */
  static int needed(int jobThreads) {
    return PER_JOB * jobThreads + EVIDENCE + 1;
  }

  /**
   * @throws IllegalStateException naming both settings if {@code poolSize} is below {@link #needed}
   */
  static void check(int jobThreads, int poolSize) {
    int needed = needed(jobThreads);
    if (poolSize < needed) {
      throw new IllegalStateException("venn.jobs.threads=" + jobThreads + " needs a database pool of at least " + needed
          + " connections (each running job holds " + PER_JOB + ": its list read and a progress write; a drill-down's evidence"
          + " one, and requests one more),"
          + " but the pool has " + poolSize + ". Lower venn.jobs.threads, or raise spring.datasource.hikari.maximum-pool-size"
          + " (VENN_DATABASE_POOL_SIZE with the postgres profile).");
    }
  }
}
