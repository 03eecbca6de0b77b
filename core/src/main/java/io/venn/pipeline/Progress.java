package io.venn.pipeline;

/**
 * Reports progress to a listener from many threads: never decreasing, at most once per percent
 * within a stage, and at once when a new stage begins, one call at a time.
 */
final class Progress {
  private final ProgressListener listener;
  private double last = -1;
  private String stage;

  Progress(ProgressListener listener) {
    this.listener = listener;
  }

  /** Reports {@code start + (end - start) * done / total} for {@code stage}. */
  void report(String stage, double start, double end, long done, long total) {
    double f = total == 0 ? end : start + (end - start) * Math.min(1.0, (double) done / total);
    // The listener is called under the lock: two workers must not report out of order.
    synchronized (this) {
      boolean begins = !stage.equals(this.stage);
      if (f < last || (!begins && ((f < last + 0.01 && f < 1.0) || f <= last))) {
        return;
      }
      last = f;
      this.stage = stage;
      listener.progress(f, stage);
    }
  }
}
