package io.venn.service.system;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of callers do some heavy work at once; the others wait their turn for
 * a while, then get {@link BusyException}. For work that holds a database connection for long, so
 * requests cannot take the connections that jobs and other requests need ({@code ConnectionBudget}
 * counts the permits).
 */
public final class Admission {
  private final Semaphore permits;
  private final Duration wait;
  private final String busyMessage;

  public Admission(int permits, Duration wait, String busyMessage) {
    this.permits = new Semaphore(permits, true);
    this.wait = wait;
    this.busyMessage = busyMessage;
  }

  /**
   * Runs {@code work} once a permit is free.
   *
   * @throws BusyException if none was free within the wait
   */
  public <T> T call(Supplier<T> work) {
    boolean admitted;
    try {
      admitted = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BusyException(busyMessage);
    }
    if (!admitted) {
      throw new BusyException(busyMessage);
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }
}
