package io.venn.pipeline;

import io.venn.decide.FieldScore;
import java.util.List;

/**
 * A left record and a right record the engine decided are the same company.
 *
 * @param left index of the record in the left input list
 * @param right index of the record in the right input list
 * @param score match probability, 0..1, at or above the configured threshold
 * @param reasons per-field evidence, in evaluation order; empty when the run was configured without
 *     ({@link MatchConfig#reasons()})
 */
public record Match(int left, int right, double score, List<FieldScore> reasons) {
  public Match {
    reasons = List.copyOf(reasons);
  }
}
