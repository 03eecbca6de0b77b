package io.venn.service.blind;

import io.venn.encode.io.EncodedListFile;
import io.venn.pipeline.MatchResult;
import io.venn.service.audit.AuditLog;
import io.venn.service.job.Lease;
import io.venn.service.system.VennProperties;
import io.venn.view.Side;
import java.time.Instant;
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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs blind matches on the job executor, with the leases of match jobs ({@code JobRunner}): the
 * process that runs a blind job holds a lease on it and renews it; a job whose process stopped
 * (restart, crash) is taken back at once by the restarted instance, or by any instance once the
 * lease expires, and matched again from the stored encoded lists. A result is stored only under a
 * lease still held, so a job is never stored twice.
 */
@Component
class BlindRunner {
  private static final Logger log = LoggerFactory.getLogger(BlindRunner.class);

  private final BlindRepository blind;
  private final BlindMatcher matcher;
  private final ThreadPoolTaskExecutor executor;
  private final AuditLog audit;
  private final VennProperties properties;
  private final Lease lease;
  /** Jobs queued or running here, so a poll racing an upload cannot run one twice in this process. */
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  /** Jobs this process has claimed: their leases are renewed by the heartbeat. */
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "venn-blind-lease");
    t.setDaemon(true);
    return t;
  });
  private volatile boolean stopping;

  BlindRunner(BlindRepository blind, BlindMatcher matcher, ThreadPoolTaskExecutor jobExecutor, AuditLog audit,
      VennProperties properties) {
    this.blind = blind;
    this.matcher = matcher;
    this.executor = jobExecutor;
    this.audit = audit;
    this.properties = properties;
    this.lease = Lease.forThisProcess(properties);
  }

  /** Takes back this instance's blind jobs left RUNNING by its previous run, then polls and renews. */
  @EventListener(ApplicationStartedEvent.class)
  void start() {
    int mine = blind.releaseInstance(lease.instance());
    if (mine > 0) {
      log.info("Resuming {} blind job(s) instance '{}' left running before its restart", mine, lease.instance());
    }
    long poll = properties.jobs().pollInterval().toMillis();
    scheduler.scheduleWithFixedDelay(guarded(this::poll), 0, poll, TimeUnit.MILLISECONDS);
    long beat = Math.max(50, lease.length().toMillis() / 3);
    scheduler.scheduleWithFixedDelay(guarded(this::heartbeat), beat, beat, TimeUnit.MILLISECONDS);
  }

  /**
   * On shutdown a running blind job is abandoned, as if the process died: it stays RUNNING under this
   * lease. Ordered first, so that the job executor's shutdown (by the match-job runner) interrupts a
   * match this runner already knows to leave unstored.
   */
  @EventListener(ContextClosedEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void stop() {
    stopping = true;
    scheduler.shutdownNow();
  }

  /** Runs the job here, unless the executor is full; a poll (here or elsewhere) then picks it up. */
  void submit(String jobId) {
    try {
      enqueue(jobId);
    } catch (TaskRejectedException e) {
      log.info("Blind job {} waits for a free job thread", jobId);
    }
  }

  private void poll() {
    int room = properties.jobs().threads() - claimed.size();
    if (room <= 0 || stopping) {
      return;
    }
    for (String id : blind.claimable(Instant.now(), room)) {
      try {
        enqueue(id);
      } catch (TaskRejectedException e) {
        return;
      }
    }
  }

  private void heartbeat() {
    for (String id : claimed) {
      if (!blind.renew(id, lease, Instant.now())) {
        log.warn("Blind job {}: lease lost to another instance; its result here will be dropped", id);
        claimed.remove(id);
      }
    }
  }

  private void enqueue(String jobId) {
    if (!inFlight.add(jobId)) {
      return;
    }
    try {
      executor.execute(() -> {
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

  private void run(String jobId) {
    Optional<BlindJob> found = blind.find(jobId);
    if (found.isEmpty() || stopping || !blind.claim(jobId, lease, Instant.now())) {
      return; // gone, finished, or held by another instance
    }
    claimed.add(jobId);
    try {
      match(found.get());
    } finally {
      claimed.remove(jobId);
    }
  }

  private void match(BlindJob job) {
    try {
      EncodedListFile.EncodedList left = BlindService.parse(blind.encoded(job.id(), Side.LEFT), "left");
      EncodedListFile.EncodedList right = BlindService.parse(blind.encoded(job.id(), Side.RIGHT), "right");
      long start = System.nanoTime();
      MatchResult result = matcher.match(left.accounts(), right.accounts());
      if (stopping) {
        return; // the database may be closing; the job stays RUNNING under this lease
      }
      if (!blind.succeed(job.id(), lease, result)) {
        log.warn("Blind job {} finished here after its lease passed to another instance; that instance's result stands", job.id());
        return;
      }
      log.info("Blind job {} matched {} x {} encoded records: {} pairs in {} ms", job.id(), left.accounts().size(),
          right.accounts().size(), result.matches().size(), (System.nanoTime() - start) / 1_000_000);
      audit.record(job.requestedBy(), job.partnershipId(), "BLIND_JOB_SUCCEEDED", job.id(), result.matches().size() + " matches");
    } catch (RuntimeException e) {
      if (stopping || Thread.currentThread().isInterrupted()) {
        log.info("Blind job {} interrupted by shutdown; it will be matched again", job.id());
        return;
      }
      log.warn("Blind job {} failed: {}", job.id(), e.getMessage());
      if (blind.fail(job.id(), lease, "Matching failed: " + e.getMessage())) {
        audit.record(job.requestedBy(), job.partnershipId(), "BLIND_JOB_FAILED", job.id(), e.getMessage());
      }
    }
  }

  private static Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        // A failed poll or heartbeat (database briefly away) must not cancel the schedule.
        log.warn("Blind job queue maintenance failed: {}", e.toString());
      }
    };
  }
}
