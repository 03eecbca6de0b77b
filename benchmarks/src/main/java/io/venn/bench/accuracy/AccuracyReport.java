package io.venn.bench.accuracy;

import io.venn.bench.data.HardNegativeKind;
import io.venn.bench.data.VariationKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How one matcher did on one pair of generated lists at one threshold.
 *
 * @param overall pair-level precision and recall against the one-to-one truth
 * @param recallByKind per variation kind, the true pairs found among companies with exactly one
 *     record per list; for {@link VariationKind#DUPLICATE}, the companies with a duplicate record of
 *     which at least one true pair was found
 * @param negativesMatched per hard-negative kind, how many look-alikes were (wrongly) matched
 */
public record AccuracyReport(
    double threshold, Metrics overall, Map<VariationKind, Share> recallByKind, Map<HardNegativeKind, Share> negativesMatched) {
  public AccuracyReport {
    recallByKind = Collections.unmodifiableMap(new EnumMap<>(recallByKind));
    negativesMatched = Collections.unmodifiableMap(new EnumMap<>(negativesMatched));
  }

  /** All hard negatives together: matched / total. */
  public Share negativesMatchedTotal() {
    long hits = 0;
    long total = 0;
    for (Share s : negativesMatched.values()) {
      hits += s.hits();
      total += s.total();
    }
    return new Share(hits, total);
  }
}
