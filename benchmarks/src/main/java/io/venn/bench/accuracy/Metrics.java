package io.venn.bench.accuracy;

/**
 * Pair-level confusion counts and the figures derived from them.
 *
 * @param truePositives predicted pairs that are in the truth
 * @param falsePositives predicted pairs that are not
 * @param falseNegatives true pairs a perfect matcher would have returned but this one did not
 */
public record Metrics(long truePositives, long falsePositives, long falseNegatives) {
  /**
   * @throws IllegalArgumentException if a count is negative
   */
  public Metrics {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: tp=" + truePositives + " fp=" + falsePositives + " fn=" + falseNegatives);
    }
  }

  /**
   * From raw counts.
   *
   * @param predicted pairs the matcher returned
   * @param correct of those, the ones in the truth
   * @param expected the true pairs a perfect matcher returns (see {@link Truth#expectedPairs})
   * @throws IllegalArgumentException if {@code correct} exceeds {@code predicted}
   */
  public static Metrics of(long predicted, long correct, long expected) {
    if (correct > predicted) {
      throw new IllegalArgumentException("correct (" + correct + ") exceeds predicted (" + predicted + ")");
    }
    return new Metrics(correct, predicted - correct, Math.max(0, expected - correct));
  }

  /** TP / (TP + FP); 1 when nothing was predicted (no false match was made). */
  public double precision() {
    long predicted = truePositives + falsePositives;
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  /** TP / (TP + FN); 1 when nothing was expected. */
  public double recall() {
    long expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
