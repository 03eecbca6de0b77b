package io.venn.service.job;

import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.MatchResult;
import io.venn.pipeline.ProgressListener;
import io.venn.read.Account;
import io.venn.service.audit.AuditLog;
import io.venn.service.feedback.FeedbackFilter;
import io.venn.service.list.AccountCache;
import io.venn.service.partnership.Partnership;
import io.venn.service.partnership.PartnershipService;
import io.venn.service.partnership.PartnershipStatus;
import io.venn.service.system.VennProperties;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs match jobs on the bounded job executor and records their state, so that a job survives a
 * restart: at startup every QUEUED or RUNNING job is queued again and run from the start.
 */
@Component
class JobRunner {
  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
  /** Progress is written at most this often: the listener is called from the hot matching loop. */
  private static final long PROGRESS_INTERVAL_MS = 500;

  private final JobRepository jobs;
  private final PartnershipService partnerships;
  private final AccountCache accounts;
  private final Matcher matcher;
  private final ThreadPoolTaskExecutor executor;
  private final AuditLog audit;
  private final VennProperties properties;
  private final FeedbackFilter feedback;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  JobRunner(
      JobRepository jobs,
      PartnershipService partnerships,
      AccountCache accounts,
      Matcher matcher,
      ThreadPoolTaskExecutor jobExecutor,
      AuditLog audit,
      VennProperties properties,
      FeedbackFilter feedback) {
    this.jobs = jobs;
    this.partnerships = partnerships;
    this.accounts = accounts;
    this.matcher = matcher;
    this.executor = jobExecutor;
    this.audit = audit;
    this.properties = properties;
    this.feedback = feedback;
  }

  /** @throws TaskRejectedException if the queue is full; the job is then marked FAILED */
  void submit(String jobId) {
    try {
      enqueue(jobId);
    } catch (TaskRejectedException e) {
      jobs.fail(jobId, "Too many jobs were waiting; request the job again later.");
      throw e;
    }
  }

  /** Before runners (demo seeding) and before most requests; jobs already in this process are skipped. */
  @EventListener(ApplicationStartedEvent.class)
  void resumeUnfinished() {
    for (Job job : jobs.unfinished()) {
      if (inFlight.contains(job.id())) {
        continue;
      }
      log.info("Re-queuing job {} left {} by the previous run", job.id(), job.status());
      jobs.requeue(job.id());
      try {
        enqueue(job.id());
      } catch (TaskRejectedException e) {
        log.warn("Job {} stays QUEUED: the queue is full; it will run after the next restart", job.id());
      }
    }
  }

  private void enqueue(String jobId) {
    // A job is queued at most once per process, so a resume racing a new request cannot run it twice.
    if (!inFlight.add(jobId)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            try {
              run(jobId);
            } finally {
              inFlight.remove(jobId);
            }
          });
    } catch (TaskRejectedException e) {
      inFlight.remove(jobId);
      throw e;
    }
  }

  /**
   * On shutdown, running jobs are abandoned rather than awaited: they stay RUNNING in the database
   * and are re-run at the next start. Interrupting them here, before the lifecycle stop phase, keeps
   * shutdown from waiting on a long match.
   */
  @EventListener(ContextClosedEvent.class)
  void stop() {
    stopping = true;
    executor.getThreadPoolExecutor().shutdownNow();
  }

  void run(String jobId) {
    Optional<Job> found = jobs.find(jobId);
    if (found.isEmpty() || found.get().status().finished()) {
      return; // deleted with its list, or already done
    }
    Job job = found.get();
    Optional<Partnership> partnership = partnerships.find(job.partnershipId());
    if (partnership.isEmpty() || partnership.get().status() != PartnershipStatus.ACTIVE) {
      jobs.fail(jobId, "The partnership is no longer active; nothing was matched.");
      return;
    }
    if (!jobs.markRunning(jobId)) {
      return;
    }
    try {
      List<Account> left = accounts.accounts(job.leftListId());
      List<Account> right = accounts.accounts(job.rightListId());
      MatchConfig.Builder config = MatchConfig.builder().progress(throttled(jobId));
      if (properties.jobs().threshold() > 0) {
        config.threshold(properties.jobs().threshold());
      }
      long start = System.nanoTime();
      // Verdicts of both sides on earlier runs of this partnership (issue 7, wrong-match feedback).
      MatchResult result = feedback.apply(job.partnershipId(), left, right, matcher.match(left, right, config.build()));
      if (stopping) {
        return; // the database may be closing; the job stays RUNNING and is re-run at next start
      }
      jobs.succeed(jobId, result);
      log.info(
          "Job {} matched {} x {} records: {} pairs in {} ms",
          jobId, left.size(), right.size(), result.matches().size(), (System.nanoTime() - start) / 1_000_000);
      audit.record(job.requestedBy(), job.partnershipId(), "JOB_SUCCEEDED", jobId, result.matches().size() + " matches");
    } catch (RuntimeException | Error e) {
      if (stopping) {
        log.info("Job {} interrupted by shutdown; it will be re-run at the next start", jobId);
        return;
      }
      log.error("Job {} failed", jobId, e);
      jobs.fail(jobId, "Matching failed: " + e.getMessage());
      audit.record(job.requestedBy(), job.partnershipId(), "JOB_FAILED", jobId, e.getMessage());
    }
  }

  private ProgressListener throttled(String jobId) {
    long[] last = {0};
    return (fraction, stage) -> {
      long now = System.currentTimeMillis();
      if (now - last[0] >= PROGRESS_INTERVAL_MS && !stopping) {
        last[0] = now;
        // Never let the final 1.0 through before the result is stored: SUCCEEDED sets it.
        jobs.progress(jobId, Math.min(fraction, 0.99), stage);
      }
    };
  }
}
