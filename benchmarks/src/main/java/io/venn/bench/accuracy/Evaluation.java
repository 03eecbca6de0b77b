package io.venn.bench.accuracy;

import io.venn.bench.data.HardNegativeKind;
import io.venn.bench.data.TruePair;
import io.venn.bench.data.VariationKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted pairs against the truth. A predicted pair is a true positive exactly when
 * (left id, right id) is in the truth; recall is measured against the pairs a perfect one-to-one
 * matcher returns ({@link Truth#expectedPairs}).
 */
public final class Evaluation {
  private Evaluation() {}

  /**
   * @param predicted the matcher's pairs; those scoring below {@code threshold} are ignored
   * @param oneToOne whether the matcher keeps at most one partner per record (Venn's default, and
   *     Duke's record-linkage mode)
   */
  public static AccuracyReport evaluate(Truth truth, Collection<PredictedPair> predicted, double threshold, boolean oneToOne) {
    Set<String> kept = new HashSet<>();
    long correct = 0;
    Map<HardNegativeKind, Set<String>> matchedNegatives = new EnumMap<>(HardNegativeKind.class);
    for (PredictedPair p : predicted) {
      if (p.score() < threshold || !kept.add(Truth.key(p.leftId(), p.rightId()))) {
        continue;
      }
      if (truth.lookup(p.leftId(), p.rightId()) != null) {
        correct++;
      }
      HardNegativeKind negative = truth.negativeKind(p.rightId());
      if (negative != null) {
        matchedNegatives.computeIfAbsent(negative, k -> new HashSet<>()).add(p.rightId());
      }
    }
    Metrics overall = Metrics.of(kept.size(), correct, truth.expectedPairs(oneToOne));
    Map<HardNegativeKind, Share> negatives = new EnumMap<>(HardNegativeKind.class);
    truth.negativeCounts().forEach((kind, total) ->
        negatives.put(kind, new Share(matchedNegatives.getOrDefault(kind, Set.of()).size(), total)));
    return new AccuracyReport(threshold, overall, recallByKind(truth, kept), negatives);
  }

  private static Map<VariationKind, Share> recallByKind(Truth truth, Set<String> kept) {
    long[] hits = new long[VariationKind.values().length];
    long[] totals = new long[VariationKind.values().length];
    Map<Integer, Boolean> duplicateCompanies = new HashMap<>();
    for (TruePair p : truth.pairs()) {
      int company = truth.companyOfLeft(p.leftId());
      boolean found = kept.contains(Truth.key(p.leftId(), p.rightId()));
      if (truth.isSingleCopy(company)) {
        for (VariationKind k : p.kinds()) {
          totals[k.ordinal()]++;
          hits[k.ordinal()] += found ? 1 : 0;
        }
      } else {
        duplicateCompanies.merge(company, found, Boolean::logicalOr);
      }
    }
    Map<VariationKind, Share> out = new EnumMap<>(VariationKind.class);
    for (VariationKind k : VariationKind.values()) {
      if (k != VariationKind.DUPLICATE) {
        out.put(k, new Share(hits[k.ordinal()], totals[k.ordinal()]));
      }
    }
    long found = duplicateCompanies.values().stream().filter(b -> b).count();
    out.put(VariationKind.DUPLICATE, new Share(found, duplicateCompanies.size()));
    return out;
  }

  /**
   * Precision, recall and F1 at each threshold, from one low-threshold run. Exact for a greedy
   * one-to-one matcher whose scores do not depend on the threshold: the pairs it keeps at threshold
   * t are the pairs it keeps at any lower threshold that score at least t.
   */
  public static List<CurvePoint> curve(Truth truth, Collection<PredictedPair> predicted, List<Double> thresholds, boolean oneToOne) {
    List<CurvePoint> out = new ArrayList<>(thresholds.size());
    long expected = truth.expectedPairs(oneToOne);
    for (double t : thresholds) {
      long kept = 0;
      long correct = 0;
      for (PredictedPair p : predicted) {
        if (p.score() >= t) {
          kept++;
          correct += truth.lookup(p.leftId(), p.rightId()) != null ? 1 : 0;
        }
      }
      out.add(new CurvePoint(t, Metrics.of(kept, correct, expected)));
    }
    return out;
  }

  /** One point of a precision/recall curve. */
  public record CurvePoint(double threshold, Metrics metrics) {}
}
