package io.venn.pipeline;

/**
 * Receives progress of a long match run. Called from the matching threads, one call at a time and
 * never decreasing, so keep it cheap.
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (fraction, stage) -> {};

  /**
   * @param fraction overall progress, 0..1, never decreasing
   * @param stage the stage now running ("encode", "block", "score", "cluster")
   */
  void progress(double fraction, String stage);
}
