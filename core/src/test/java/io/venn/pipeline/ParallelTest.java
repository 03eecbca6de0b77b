package io.venn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void forChunks_twoRunsAtOnce_neverMoreThreadsThanThePool() throws Exception {
    int before = WorkerPool.size();
    WorkerPool.resize(2);
    try {
      AtomicInteger busy = new AtomicInteger();
      AtomicInteger most = new AtomicInteger();
      Parallel.Worker<Object> worker = (s, from, to) -> {
        most.accumulateAndGet(busy.incrementAndGet(), Math::max);
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        busy.decrementAndGet();
      };
      // Each run asks for four threads; together they must still share the pool's two.
      CompletableFuture<?> a = CompletableFuture.runAsync(() -> Parallel.forChunks(40 * Parallel.CHUNK, 4, Object::new, worker));
      CompletableFuture<?> b = CompletableFuture.runAsync(() -> Parallel.forChunks(40 * Parallel.CHUNK, 4, Object::new, worker));
      a.get();
      b.get();
      assertThat(most.get()).isBetween(1, 2);
    } finally {
      WorkerPool.resize(before);
    }
  }

  @Test
  void forChunks_everyIndexVisitedOnce() {
    int size = 10 * Parallel.CHUNK + 17;
    AtomicIntegerArray seen = new AtomicIntegerArray(size);
    Parallel.forChunks(size, 3, Object::new, (s, from, to) -> {
      for (int i = from; i < to; i++) {
        seen.incrementAndGet(i);
      }
    });
    for (int i = 0; i < size; i++) {
      assertThat(seen.get(i)).as("index %d", i).isEqualTo(1);
    }
  }

  @Test
  void forChunks_workerFails_failureReachesTheCaller() {
    assertThatThrownBy(() -> Parallel.forChunks(8 * Parallel.CHUNK, 2, Object::new, (s, from, to) -> {
      if (from >= 3 * Parallel.CHUNK) {
        throw new IllegalArgumentException("bad row " + from);
      }
    })).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad row");
  }

  @Test
  void resize_belowOne_refusedWithTheSetting() {
    assertThatThrownBy(() -> WorkerPool.resize(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    assertThat(WorkerPool.size()).isPositive();
  }
}
