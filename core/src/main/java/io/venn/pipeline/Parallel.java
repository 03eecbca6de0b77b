package io.venn.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs chunks of an index range on the shared {@link WorkerPool}, each worker with its own state.
 * A run uses at most {@code threads} of the pool's threads; concurrent runs queue on the same pool.
 */
final class Parallel {
  static final int CHUNK = 1024;

  private Parallel() {}

  /** Per-thread work over [from, to) ranges; {@code S} is created once per worker. */
  interface Worker<S> {
    void run(S state, int from, int to);
  }

  static <S> List<S> forChunks(int size, int threads, Supplier<S> stateFactory, Worker<S> worker) {
    return forChunks(size, CHUNK, threads, stateFactory, worker);
  }

  /**
   * Runs {@code task} for each of {@code parts} parts, one part at a time per worker: for a few dozen
   * parts of much work each, where {@link #forChunks} would give a single worker all of them.
   */
  static void forParts(int parts, int threads, IntConsumer task) {
    forChunks(parts, 1, threads, () -> null, (state, from, to) -> {
      for (int i = from; i < to; i++) {
        task.accept(i);
      }
    });
  }

  /** {@code f(0) .. f(size - 1)} in index order, computed in parallel chunks. */
  static <T> List<T> map(int size, int threads, IntFunction<T> f) {
    Object[] out = new Object[size];
    forChunks(size, threads, () -> null, (state, from, to) -> {
      for (int i = from; i < to; i++) {
        out[i] = f.apply(i);
      }
    });
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) Arrays.asList(out);
    return list;
  }

  private static <S> List<S> forChunks(int size, int chunk, int threads, Supplier<S> stateFactory, Worker<S> worker) {
    int n = Math.max(1, Math.min(Math.min(threads, WorkerPool.size()), (size + chunk - 1) / chunk));
    // Nested inside a pool thread, queueing would wait on the very threads that are waiting.
    if (WorkerPool.isWorkerThread()) {
      n = 1;
    }
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
    AtomicBoolean failed = new AtomicBoolean();
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (S state : states) {
        futures.add(WorkerPool.executor().submit(() -> {
          try {
            for (int from; !failed.get() && (from = next.getAndAdd(chunk)) < size; ) {
              worker.run(state, from, Math.min(size, from + chunk));
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
      failed.set(true);
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("match interrupted", e);
    } catch (ExecutionException e) {
      failed.set(true);
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
    return states;
  }
}
