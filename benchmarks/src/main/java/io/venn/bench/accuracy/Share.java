package io.venn.bench.accuracy;

/** {@code hits} out of {@code total}, e.g. true pairs of one variation kind that were found. */
public record Share(long hits, long total) {
  /**
   * @throws IllegalArgumentException if hits exceed total or either is negative
   */
  public Share {
    if (hits < 0 || total < 0 || hits > total) {
      throw new IllegalArgumentException("need 0 <= hits <= total, was " + hits + " / " + total);
    }
  }

  /** hits / total, or NaN when there is nothing to count. */
  public double rate() {
    return total == 0 ? Double.NaN : (double) hits / total;
  }
}
