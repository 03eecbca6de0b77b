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
   * @param stage the stage now running ("encode", "block", "score", "cluster"); the first call with
   *     a stage's name comes as that stage begins
   */
  void progress(double fraction, String stage);
}
