package io.venn.bench.data;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A left record and a right record of the same company, with what separates them.
 *
 * @param kinds never empty: {@link VariationKind#EXACT} alone when the records are identical
 */
public record TruePair(String leftId, String rightId, Set<VariationKind> kinds) {
  public TruePair {
    Objects.requireNonNull(leftId, "leftId");
    Objects.requireNonNull(rightId, "rightId");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds must not be empty; use EXACT");
    }
    kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }

  /** Whether one of the records is a duplicate inside its own list. */
  public boolean involvesDuplicate() {
    return kinds.contains(VariationKind.DUPLICATE);
  }
}
