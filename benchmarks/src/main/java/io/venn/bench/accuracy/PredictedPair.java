package io.venn.bench.accuracy;

import java.util.Objects;

/** A pair a matcher returned, by the records' own ids, with its score (0..1). */
public record PredictedPair(String leftId, String rightId, double score) {
  public PredictedPair {
    Objects.requireNonNull(leftId, "leftId");
    Objects.requireNonNull(rightId, "rightId");
  }
}
