package io.venn.bench.data;

import java.util.Objects;

/**
 * A right record made to resemble a left record of a different company.
 *
 * @param rightId the look-alike
 * @param leftId the record it imitates (a company the right list does not have)
 */
public record HardNegative(String rightId, String leftId, HardNegativeKind kind) {
  public HardNegative {
    Objects.requireNonNull(rightId, "rightId");
    Objects.requireNonNull(leftId, "leftId");
    Objects.requireNonNull(kind, "kind");
  }
}
