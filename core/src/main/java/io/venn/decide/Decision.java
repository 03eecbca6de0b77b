package io.venn.decide;

import java.util.List;

/**
 * The verdict on one candidate pair, explaining itself.
 *
 * @param score match probability, 0..1
 * @param reasons every field's contribution, in evaluation order, so a view can draw a waterfall
 */
public record Decision(Outcome outcome, double score, List<FieldScore> reasons) {
  public Decision {
    reasons = List.copyOf(reasons);
  }
}
