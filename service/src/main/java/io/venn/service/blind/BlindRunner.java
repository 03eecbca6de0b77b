package io.venn.service.blind;

import io.venn.encode.io.EncodedListFile;
import io.venn.pipeline.MatchResult;
import io.venn.service.audit.AuditLog;
import io.venn.service.job.FailureMessage;
import io.venn.service.job.Lease;
import io.venn.service.job.LeasedQueue;
import io.venn.service.system.VennProperties;
import io.venn.view.Side;
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
 * Runs blind matches from the blind job table, a {@link LeasedQueue} as for match jobs: a job whose
 * process stopped (restart, crash) is taken back at once by the restarted instance, or by any
 * instance once the lease expires, and matched again from the stored encoded lists. A result is
 * stored only under a lease still held, so a job is never stored twice.
 */
@Component
class BlindRunner {
  private static final Logger log = LoggerFactory.getLogger(BlindRunner.class);

  private final BlindRepository blind;
  private final BlindMatcher matcher;
  private final AuditLog audit;
  private final LeasedQueue<BlindJob> queue;
  private final Lease lease;

  BlindRunner(BlindRepository blind, BlindMatcher matcher, ThreadPoolTaskExecutor jobExecutor, AuditLog audit,
      VennProperties properties) {
    this.blind = blind;
    this.matcher = matcher;
    this.audit = audit;
    this.queue = new LeasedQueue<>("Blind job", blind, id -> blind.find(id).filter(j -> !j.finished()), this::match, jobExecutor, properties);
    this.lease = queue.lease();
  }

  /** Takes back this instance's blind jobs left RUNNING by its previous run, then polls and renews. */
  @EventListener(ApplicationStartedEvent.class)
  void start() {
    queue.start();
  }

  /**
   * On shutdown a running blind job is abandoned, as if the process died: it stays RUNNING under this
   * lease. Ordered first, so that the job executor's shutdown (by the match-job runner) interrupts a
   * match this runner already knows to leave unstored.
   */
  @EventListener(ContextClosedEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void stop() {
    queue.stop();
  }

  /** Runs the job here, unless the executor is full; a poll (here or elsewhere) then picks it up. */
  void submit(String jobId) {
    try {
      queue.enqueue(jobId);
    } catch (TaskRejectedException e) {
      log.info("Blind job {} waits for a free job thread", jobId);
    }
  }

  /** Runs while this process holds the job's lease. */
  private void match(BlindJob job) {
    try {
      EncodedListFile.EncodedList left = BlindService.parse(blind.encoded(job.id(), Side.LEFT), "left");
      EncodedListFile.EncodedList right = BlindService.parse(blind.encoded(job.id(), Side.RIGHT), "right");
      long start = System.nanoTime();
      MatchResult result = matcher.match(left.accounts(), right.accounts());
      if (queue.stopping()) {
        return; // the database may be closing; the job stays RUNNING under this lease
      }
      if (!blind.succeed(job.id(), lease, result)) {
        log.warn("Blind job {} finished here after its lease passed to another instance; that instance's result stands", job.id());
        return;
      }
      log.info("Blind job {} matched {} x {} encoded records: {} pairs in {} ms", job.id(), left.accounts().size(),
          right.accounts().size(), result.matches().size(), (System.nanoTime() - start) / 1_000_000);
      // No count in the audit detail: both sides read it, and the total includes what either hides.
      audit.record(job.requestedBy(), job.partnershipId(), "BLIND_JOB_SUCCEEDED", job.id(), "matched; counts in each side's view");
    } catch (RuntimeException | Error e) {
      // An Error too (OutOfMemoryError on huge lists): left RUNNING, the job would be claimed and
      // fail again on every instance, without end. It fails, as a match job does.
      if (queue.stopping() || Thread.currentThread().isInterrupted()) {
        log.info("Blind job {} interrupted by shutdown; it will be matched again", job.id());
        return;
      }
      log.warn("Blind job {} failed", job.id(), e);
      String failure = FailureMessage.of(job.id(), e); // both sides read it: never the exception's own words
      if (blind.fail(job.id(), lease, failure)) {
        audit.record(job.requestedBy(), job.partnershipId(), "BLIND_JOB_FAILED", job.id(), failure);
      }
    }
  }
}
