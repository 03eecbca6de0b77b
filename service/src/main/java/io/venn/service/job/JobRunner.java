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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs match jobs on the bounded job executor. The job table is the queue, shared by every instance
 * on the same database: a worker claims a job with a lease ({@link JobRepository#claim}), renews it
 * while matching, and stores the result only while it still holds it. An instance that dies leaves
 * its jobs RUNNING; once their lease expires, another instance's poll claims and re-runs them from
 * the start, and a restarted instance takes its own back at once.
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
  private final Lease lease;
  /** Jobs queued or running in this process, so a poll racing a request cannot run one twice here. */
  private final FeedbackFilter feedback;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  /** Jobs this process has claimed and is running: their leases are renewed by the heartbeat. */
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "venn-job-lease");
            t.setDaemon(true);
            return t;
          });
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
    this.lease = Lease.forThisProcess(properties);
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

  /**
   * Before runners (demo seeding) and before most requests: takes back this instance's own jobs left
   * RUNNING by its previous run, then starts polling the shared queue and renewing leases.
   */
  @EventListener(ApplicationStartedEvent.class)
  void start() {
    int mine = jobs.releaseInstance(lease.instance());
    if (mine > 0) {
      log.info("Re-queued {} job(s) instance '{}' left running before its restart", mine, lease.instance());
    }
    long poll = properties.jobs().pollInterval().toMillis();
    scheduler.scheduleWithFixedDelay(guarded(this::poll), 0, poll, TimeUnit.MILLISECONDS);
    long beat = Math.max(50, lease.length().toMillis() / 3);
    scheduler.scheduleWithFixedDelay(guarded(this::heartbeat), beat, beat, TimeUnit.MILLISECONDS);
  }

  /**
   * On shutdown, running jobs are abandoned rather than awaited, exactly as if the process died: they
   * stay RUNNING under this instance's lease, which a restart takes back at once and other instances
   * take over once it expires. Interrupting them here, before the lifecycle stop phase, keeps shutdown
   * from waiting on a long match.
   */
  @EventListener(ContextClosedEvent.class)
  void stop() {
    stopping = true;
    scheduler.shutdownNow();
    executor.getThreadPoolExecutor().shutdownNow();
  }

  /** Claims what this instance has room for: jobs queued by other instances, or whose owner died. */
  private void poll() {
    int room = properties.jobs().threads() - claimed.size();
    if (room <= 0 || stopping) {
      return;
    }
    for (String id : jobs.claimable(Instant.now(), room)) {
      try {
        enqueue(id);
      } catch (TaskRejectedException e) {
        return; // full: the job stays claimable for the next poll, here or elsewhere
      }
    }
  }

  private void heartbeat() {
    for (String id : claimed) {
      if (!jobs.renew(id, lease, Instant.now())) {
        log.warn("Job {}: lease lost to another instance; its result here will be dropped", id);
        claimed.remove(id);
      }
    }
  }

  private void enqueue(String jobId) {
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

  void run(String jobId) {
    Optional<Job> found = jobs.find(jobId);
    if (found.isEmpty() || found.get().status().finished() || stopping) {
      return; // deleted with its list, or already done
    }
    Job job = found.get();
    if (!jobs.claim(jobId, lease, Instant.now())) {
      return; // another instance holds it
    }
    claimed.add(jobId);
    try {
      runClaimed(job);
    } finally {
      claimed.remove(jobId);
    }
  }

  private void runClaimed(Job job) {
    String jobId = job.id();
    Optional<Partnership> partnership = partnerships.find(job.partnershipId());
    if (partnership.isEmpty() || partnership.get().status() != PartnershipStatus.ACTIVE) {
      jobs.fail(jobId, lease, "The partnership is no longer active; nothing was matched.");
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
        return; // the database may be closing; the job stays RUNNING under this instance's lease
      }
      if (!jobs.succeed(jobId, lease, result)) {
        log.warn("Job {} finished here after its lease passed to another instance; that instance's result stands", jobId);
        return;
      }
      log.info(
          "Job {} matched {} x {} records: {} pairs in {} ms",
          jobId, left.size(), right.size(), result.matches().size(), (System.nanoTime() - start) / 1_000_000);
      audit.record(job.requestedBy(), job.partnershipId(), "JOB_SUCCEEDED", jobId, result.matches().size() + " matches");
    } catch (RuntimeException | Error e) {
      if (stopping) {
        log.info("Job {} interrupted by shutdown; it will be re-run", jobId);
        return;
      }
      log.error("Job {} failed", jobId, e);
      if (jobs.fail(jobId, lease, "Matching failed: " + e.getMessage())) {
        audit.record(job.requestedBy(), job.partnershipId(), "JOB_FAILED", jobId, e.getMessage());
      }
    }
  }

  private ProgressListener throttled(String jobId) {
    long[] last = {0};
    return (fraction, stage) -> {
      long now = System.currentTimeMillis();
      if (now - last[0] >= PROGRESS_INTERVAL_MS && !stopping) {
        last[0] = now;
        // Never let the final 1.0 through before the result is stored: SUCCEEDED sets it.
        jobs.progress(jobId, lease, Math.min(fraction, 0.99), stage, Instant.now());
      }
    };
  }

  private static Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        // A failed poll or heartbeat (database briefly away) must not cancel the schedule.
        log.warn("Job queue maintenance failed: {}", e.toString());
      }
    };
  }
}
