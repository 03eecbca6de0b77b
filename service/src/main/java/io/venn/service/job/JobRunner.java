package io.venn.service.job;

import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.MatchResult;
import io.venn.pipeline.ProgressListener;
import io.venn.service.audit.AuditLog;
import io.venn.service.feedback.PartnershipFeedback;
import io.venn.service.list.ListSources;
import io.venn.service.partnership.Partnership;
import io.venn.service.partnership.PartnershipService;
import io.venn.service.partnership.PartnershipStatus;
import io.venn.service.system.VennProperties;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs match jobs from the job table, a {@link LeasedQueue} shared by every instance on the same
 * database: reads both lists, matches them, and stores the result only while this process still
 * holds the job's lease. A job whose instance died is re-run from the start elsewhere or after a
 * restart.
 */
@Component
class JobRunner {
  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
  /** Progress is written at most this often: the listener is called from the hot matching loop. */
  private static final long PROGRESS_INTERVAL_MS = 500;

  private final JobRepository jobs;
  private final PartnershipService partnerships;
  private final ListSources accounts;
  private final Matcher matcher;
  private final ThreadPoolTaskExecutor executor;
  private final AuditLog audit;
  private final VennProperties properties;
  private final JobExplainers explainers;
  private final PartnershipFeedback feedback;
  private final LeasedQueue<Job> queue;
  private final Lease lease;

  JobRunner(
      JobRepository jobs,
      PartnershipService partnerships,
      ListSources accounts,
      Matcher matcher,
      ThreadPoolTaskExecutor jobExecutor,
      AuditLog audit,
      VennProperties properties,
      PartnershipFeedback feedback,
      JobExplainers explainers) {
    this.jobs = jobs;
    this.partnerships = partnerships;
    this.accounts = accounts;
    this.matcher = matcher;
    this.executor = jobExecutor;
    this.audit = audit;
    this.properties = properties;
    this.feedback = feedback;
    this.explainers = explainers;
    this.queue =
        new LeasedQueue<>(
            "Job", jobs, id -> jobs.find(id).filter(job -> !job.status().finished()), this::runClaimed, jobExecutor,
            properties);
    this.lease = queue.lease();
  }

  /** @throws TaskRejectedException if the queue is full; the job is then marked FAILED */
  void submit(String jobId) {
    try {
      queue.enqueue(jobId);
    } catch (TaskRejectedException e) {
      jobs.fail(jobId, "Too many jobs were waiting; request the job again later.");
      throw e;
    }
  }

  /**
   * Before runners (demo seeding) and before most requests: takes back this instance's own jobs left
   * RUNNING by its previous run, then starts polling the shared queue and renewing leases. After
   * {@link EngineWarmUp} (ordered first on the same event).
   */
  @EventListener(ApplicationStartedEvent.class)
  void start() {
    queue.start();
  }

  /**
   * On shutdown, running jobs are abandoned rather than awaited, exactly as if the process died: they
   * stay RUNNING under this instance's lease, which a restart takes back at once and other instances
   * take over once it expires. Interrupting them here, before the lifecycle stop phase, keeps shutdown
   * from waiting on a long match. The executor is shared with blind jobs, whose runner stops first.
   */
  @EventListener(ContextClosedEvent.class)
  void stop() {
    queue.stop();
    executor.getThreadPoolExecutor().shutdownNow();
  }

  /** Runs while this process holds the job's lease. */
  private void runClaimed(Job job) {
    String jobId = job.id();
    Optional<Partnership> partnership = partnerships.find(job.partnershipId());
    if (partnership.isEmpty() || partnership.get().status() != PartnershipStatus.ACTIVE) {
      jobs.fail(jobId, lease, "The partnership is no longer active; nothing was matched.");
      return;
    }
    try {
      // Read as they are encoded, not loaded: at 1M x 1M the accounts would not fit beside the encodings.
      // Each record's population noted on the way: stored with the pairs, views need no list read.
      RecordedPopulations left = new RecordedPopulations(accounts.source(job.leftListId()));
      RecordedPopulations right = new RecordedPopulations(accounts.source(job.rightListId()));
      // Verdicts of both sides on earlier runs of this partnership (issue 7, wrong-match feedback).
      // No reasons: only the pairs are stored; the evidence views explain a pair when asked.
      StageClock stages = new StageClock();
      MatchConfig.Builder config =
          MatchConfig.builder().progress(throttled(jobId, stages)).feedback(feedback.of(job.partnershipId())).reasons(false);
      if (properties.jobs().threshold() > 0) {
        config.threshold(properties.jobs().threshold());
      }
      MatchResult result = matcher.match(left, right, config.build());
      if (queue.stopping()) {
        return; // the database may be closing; the job stays RUNNING under this instance's lease
      }
      stages.begin("store");
      // Kept for the drill-down's evidence before the job shows SUCCEEDED: it then reads the records
      // asked about, not both lists, from the first click on.
      result.explainer().ifPresent(e -> explainers.put(jobId, e));
      if (!jobs.succeed(jobId, lease, result, left::of, right::of)) {
        explainers.forget(jobId);
        log.warn("Job {} finished here after its lease passed to another instance; that instance's result stands", jobId);
        return;
      }
      log.info(
          "Job {} matched {} x {} records: {} pairs in {} ms ({}); evidence counts kept: {} KB",
          jobId, left.size(), right.size(), result.matches().size(), stages.elapsedMillis(), stages,
          result.explainer().map(e -> e.bytes() / 1024).orElse(0L));
      // No count in the audit detail: both sides read it, and the total includes what either hides.
      audit.record(job.requestedBy(), job.partnershipId(), "JOB_SUCCEEDED", jobId, "matched; counts in each side's matrix");
    } catch (RuntimeException | Error e) {
      if (queue.stopping()) {
        log.info("Job {} interrupted by shutdown; it will be re-run", jobId);
        return;
      }
      log.error("Job {} failed", jobId, e);
      String failure = FailureMessage.of(jobId, e); // both sides read it: never the exception's own words
      if (jobs.fail(jobId, lease, failure)) {
        audit.record(job.requestedBy(), job.partnershipId(), "JOB_FAILED", jobId, failure);
      }
    }
  }

  private ProgressListener throttled(String jobId, StageClock stages) {
    long[] last = {0};
    return (fraction, stage) -> {
      stages.begin(stage);
      long now = System.currentTimeMillis();
      if (now - last[0] >= PROGRESS_INTERVAL_MS && !queue.stopping()) {
        last[0] = now;
        // Never let the final 1.0 through before the result is stored: SUCCEEDED sets it.
        jobs.progress(jobId, lease, Math.min(fraction, 0.99), stage, Instant.now());
      }
    };
  }
}
