package io.venn.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one bounded set of worker threads every match in this JVM shares. Two jobs running at once
 * queue their chunks on the same threads instead of each starting one per core, so together they
 * never use more CPU than the pool allows.
 *
 * <p>Its size is the system property {@code venn.jobs.threads}, else the number of cores; a service
 * sets it from its own configuration with {@link #resize}.
 */
public final class WorkerPool {
  static final String PROPERTY = "venn.jobs.threads";

  private static final ThreadGroup GROUP = new ThreadGroup("venn-match");
  private static final ThreadPoolExecutor POOL = create(initialSize());

  private WorkerPool() {}

  /** The number of threads all matches share. */
  public static int size() {
    return POOL.getMaximumPoolSize();
  }

  /**
   * Sets the number of threads all matches share; running work finishes on the threads it has.
   *
   * @throws IllegalArgumentException if below 1
   */
  public static synchronized void resize(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("worker threads must be at least 1, was " + threads);
    }
    // The two bounds must never cross, so the order of the calls depends on the direction.
    if (threads > POOL.getMaximumPoolSize()) {
      POOL.setMaximumPoolSize(threads);
      POOL.setCorePoolSize(threads);
    } else {
      POOL.setCorePoolSize(threads);
      POOL.setMaximumPoolSize(threads);
    }
  }

  /**
   * The pool itself, for work outside a match that should share its bound, such as parsing one
   * large file in pieces ({@code CsvAccountReader.withParallelism}). Never wait on it from one of
   * its own threads.
   */
  public static ExecutorService executor() {
    return POOL;
  }

  /** Whether the calling thread is one of the pool's: work started from there runs inline, never queued behind itself. */
  static boolean isWorkerThread() {
    return Thread.currentThread().getThreadGroup() == GROUP;
  }

  private static int initialSize() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      return Runtime.getRuntime().availableProcessors();
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("system property " + PROPERTY + " must be a whole number of at least 1, was '" + value + "'");
  }

  private static ThreadPoolExecutor create(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(GROUP, r, "venn-match-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    // Idle threads go away, so a CLI run or an idle service holds none.
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
