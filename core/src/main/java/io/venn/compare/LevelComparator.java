package io.venn.compare;

import io.venn.block.TokenStatistics;
import io.venn.encode.EncodedAccount;

/**
 * Compares one field of two encoded accounts and says which of its comparison's ordered levels the
 * pair reached. Stateless and thread-safe.
 */
@FunctionalInterface
public interface LevelComparator {
  /**
   * @param wa rarity weights of {@code a}'s name words; {@code wb} likewise
   * @param stats frequencies of values in the two lists being matched
   */
  Observation observe(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, TokenStatistics stats);

  /** Same / different / missing on one keyed token field (0 means missing). */
  static LevelComparator exact(java.util.function.ToLongFunction<EncodedAccount> field) {
    return (a, wa, b, wb, stats) -> {
      long x = field.applyAsLong(a);
      long y = field.applyAsLong(b);
      if (x == 0 || y == 0) {
        return Observation.MISSING_VALUE;
      }
      return x == y ? SAME : DIFFERENT;
    };
  }

  Observation SAME = Observation.at(0, 1.0);
  Observation DIFFERENT = Observation.at(1, 0.0);
}
