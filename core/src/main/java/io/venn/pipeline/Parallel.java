package io.venn.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs chunks of an index range on a fixed number of threads, each with its own state. */
final class Parallel {
  static final int CHUNK = 1024;

  private Parallel() {}

  /** Per-thread work over [from, to) ranges; {@code S} is created once per thread. */
  interface Worker<S> {
    void run(S state, int from, int to);
  }

  static <S> List<S> forChunks(int size, int threads, java.util.function.Supplier<S> stateFactory, Worker<S> worker) {
    int n = Math.max(1, Math.min(threads, (size + CHUNK - 1) / CHUNK));
    List<S> states = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      states.add(stateFactory.get());
    }
    if (n == 1) {
      worker.run(states.get(0), 0, size);
      return states;
    }
    AtomicInteger next = new AtomicInteger();
    // Once a worker fails, the others stop taking chunks instead of finishing a doomed run.
    java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread th = new Thread(r, "venn-match");
      th.setDaemon(true);
      return th;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (S state : states) {
        futures.add(pool.submit(() -> {
          try {
            for (int from; !failed.get() && (from = next.getAndAdd(CHUNK)) < size; ) {
              worker.run(state, from, Math.min(size, from + CHUNK));
            }
          } catch (RuntimeException | Error e) {
            failed.set(true);
            throw e;
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("match interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return states;
  }
}
