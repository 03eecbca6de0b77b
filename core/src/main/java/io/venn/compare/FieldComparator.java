package io.venn.compare;

import io.venn.encode.EncodedAccount;

/**
 * Similarity of one field of two encoded accounts, from 0 (different) to 1 (equal), or
 * {@link #MISSING} when either side lacks the field. Missing is not dissimilar: only decide turns
 * it into evidence (usually none).
 */
@FunctionalInterface
public interface FieldComparator {
  double MISSING = Double.NaN;

  double compare(EncodedAccount a, EncodedAccount b);

  static boolean isMissing(double similarity) {
    return Double.isNaN(similarity);
  }

  /** Equality of one keyed token field; 0 encodes "missing". */
  static FieldComparator exact(java.util.function.ToLongFunction<EncodedAccount> field) {
    return (a, b) -> {
      long x = field.applyAsLong(a);
      long y = field.applyAsLong(b);
      if (x == 0 || y == 0) {
        return MISSING;
      }
      return x == y ? 1.0 : 0.0;
    };
  }
}
