package io.venn.block;

import java.util.function.IntConsumer;

/**
 * How a caller lends its threads to this stage: runs {@code task} once for each part {@code 0 ..
 * parts - 1}, in any order and on any threads, and returns when all have run, rethrowing a task's
 * failure. Every structure built this way is the same however the parts are run.
 */
@FunctionalInterface
public interface Parts {
  void run(int parts, IntConsumer task);

  /** Every part in turn on the calling thread. */
  Parts SEQUENTIAL = (parts, task) -> {
    for (int i = 0; i < parts; i++) {
      task.accept(i);
    }
  };
}
