package io.venn.pipeline;

/** Receives progress of a long match run; called from the matching thread, so keep it cheap. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (fraction, stage) -> {};

  /**
   * @param fraction overall progress, 0..1, never decreasing
   * @param stage the stage now running ("normalize", "encode", "block", "score", "cluster")
   */
  void progress(double fraction, String stage);
}
