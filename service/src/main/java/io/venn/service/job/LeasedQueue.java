package io.venn.service.job;

import io.venn.service.system.VennProperties;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A job table used as a queue shared by every instance on the same database, for match jobs
 * ({@link JobRunner}) and blind jobs alike. A job runs on the shared job executor under a lease
 * ({@link Table#claim}) that a heartbeat renews every third of its length; its owner stores a result
 * only while it still holds it. An instance that dies leaves its jobs RUNNING: once their lease
 * expires another instance's poll claims and re-runs them, and a restarted instance takes its own
 * back at once ({@link #start}).
 *
 * <p>Not a bean: each runner owns one, with its own lease, and keeps its Spring event listeners, whose
 * order across runners matters (see {@link #stop}).
 *
 * @param <J> the job record the runner works on
 */
public final class LeasedQueue<J> {
  private static final Logger log = LoggerFactory.getLogger(LeasedQueue.class);

  /**
   * Runs a job may start without finishing before its table's {@link Table#claimable} fails it: a
   * deploy or two mid-job are fine; a job that kills the process every time must not be run for ever.
   */
  public static final int MAX_ATTEMPTS = 3;

  /** The queue operations of a job table; each job repository implements them over its own table. */
  public interface Table {
    /** Makes the jobs an earlier run of this instance left RUNNING claimable at once; returns how many. */
    int releaseInstance(String instance);

    /** Ids of jobs any instance may claim now, oldest first, at most {@code max}. */
    List<String> claimable(Instant now, int max);

    /** The compare-and-set claim: true if this call took the job under {@code lease}. */
    boolean claim(String id, Lease lease, Instant now);

    /** False if the lease was lost to another instance, so the work must be dropped. */
    boolean renew(String id, Lease lease, Instant now);
  }

  private final String label;
  private final Table table;
  private final Function<String, Optional<J>> find;
  private final Consumer<J> runClaimed;
  private final ThreadPoolTaskExecutor executor;
  private final VennProperties properties;
  private final Lease lease;
  /** Jobs queued or running in this process, so a poll racing a request cannot run one twice here. */
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  /** Jobs this process has claimed and is running: their leases are renewed by the heartbeat. */
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService scheduler;
  private volatile boolean stopping;

  /**
   * @param label what the jobs are called in logs, capitalised ("Job", "Blind job")
   * @param find the job behind an id, or empty if it is gone or already finished: it is then neither
   *     claimed nor run
   * @param runClaimed runs a job while this process holds its lease (stores or drops its result)
   */
  public LeasedQueue(
      String label,
      Table table,
      Function<String, Optional<J>> find,
      Consumer<J> runClaimed,
      ThreadPoolTaskExecutor executor,
      VennProperties properties) {
    this.label = label;
    this.table = table;
    this.find = find;
    this.runClaimed = runClaimed;
    this.executor = executor;
    this.properties = properties;
    this.lease = Lease.forThisProcess(properties);
    String threadName = "venn-" + label.toLowerCase(Locale.ROOT).replace(' ', '-') + "-lease";
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
  }

  /** This process's hold on the jobs it claims from this queue. */
  public Lease lease() {
    return lease;
  }

  /** True once {@link #stop} ran: a job still matching must leave its result unstored. */
  public boolean stopping() {
    return stopping;
  }

  /** Takes back this instance's jobs left RUNNING by its previous run, then polls and renews leases. */
  public void start() {
    int mine = table.releaseInstance(lease.instance());
    if (mine > 0) {
      log.info(
          "Took back {} {}(s) instance '{}' left running before its restart",
          mine, label.toLowerCase(Locale.ROOT), lease.instance());
    }
    long poll = properties.jobs().pollInterval().toMillis();
    scheduler.scheduleWithFixedDelay(guarded(this::poll), 0, poll, TimeUnit.MILLISECONDS);
    long beat = Math.max(50, lease.length().toMillis() / 3);
    scheduler.scheduleWithFixedDelay(guarded(this::heartbeat), beat, beat, TimeUnit.MILLISECONDS);
  }

  /**
   * Stops polling and renewing; running jobs are abandoned, as if the process died: they stay RUNNING
   * under this lease. Does not shut the job executor down, which is shared: its owner does, after
   * every queue has stopped, so that the interrupt reaches jobs already known to be left unstored.
   */
  public void stop() {
    stopping = true;
    scheduler.shutdownNow();
  }

  /**
   * Runs the job on the executor unless it is already queued or running here.
   *
   * @throws TaskRejectedException if the executor is full
   */
  public void enqueue(String jobId) {
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

  /** Claims what this instance has room for: jobs queued by other instances, or whose owner died. */
  private void poll() {
    int room = properties.jobs().threads() - claimed.size();
    if (room <= 0 || stopping) {
      return;
    }
    for (String id : table.claimable(Instant.now(), room)) {
      try {
        enqueue(id);
      } catch (TaskRejectedException e) {
        return; // full: the job stays claimable for the next poll, here or elsewhere
      }
    }
  }

  /**
   * Renews the lease of every job running here. A job that finished since the last beat has no
   * lease left to renew, which is not a lost lease. A renewal that fails (the job's row is locked
   * while its result of 400k pairs is being stored) is retried at the next beat: a lease lasts three
   * beats, and no other instance can claim a row that is locked either.
   */
  void heartbeat() {
    for (String id : claimed) {
      boolean renewed;
      try {
        renewed = table.renew(id, lease, Instant.now());
      } catch (RuntimeException e) {
        log.info("{} {}: lease not renewed this time, retrying at the next beat: {}", label, id, e.getMessage());
        continue;
      }
      if (!renewed) {
        claimed.remove(id);
        if (find.apply(id).isPresent()) {
          log.warn("{} {}: lease lost to another instance; its result here will be dropped", label, id);
        }
      }
    }
  }

  /** Whether this process holds the lease of a job it is running. */
  boolean holds(String jobId) {
    return claimed.contains(jobId);
  }

  void run(String jobId) {
    Optional<J> job = find.apply(jobId);
    if (job.isEmpty() || stopping || !table.claim(jobId, lease, Instant.now())) {
      return; // gone, finished, or held by another instance
    }
    claimed.add(jobId);
    try {
      runClaimed.accept(job.get());
    } finally {
      claimed.remove(jobId);
    }
  }

  private Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        // A failed poll or heartbeat (database briefly away) must not cancel the schedule.
        log.warn("{} queue maintenance failed: {}", label, e.toString());
      }
    };
  }
}
