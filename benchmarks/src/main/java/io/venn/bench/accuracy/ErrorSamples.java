package io.venn.bench.accuracy;

import io.venn.bench.data.HardNegativeKind;
import io.venn.bench.data.TruePair;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A few false matches and misses with both records side by side: what to look at first when a
 * target is missed. Deterministic (ordered by ids), so two runs show comparable samples.
 */
public final class ErrorSamples {
  private ErrorSamples() {}

  /**
   * One wrong decision.
   *
   * @param falseMatch true for a false match, false for a miss
   * @param label the variation kinds of a miss, the hard-negative kind of a false match, or "other"
   * @param score the matcher's score, NaN for a miss
   */
  public record Example(boolean falseMatch, String label, double score, Account left, Account right) {}

  /**
   * @param predicted the matcher's kept pairs at the reported threshold
   * @param left the left list by id
   * @param right the right list by id
   * @param perGroup at most this many false matches that are hard negatives, as many that are not,
   *     and as many misses
   */
  public static List<Example> pick(
      Truth truth, List<PredictedPair> predicted, Map<String, Account> left, Map<String, Account> right, int perGroup) {
    List<PredictedPair> sorted = new ArrayList<>(predicted);
    sorted.sort(Comparator.comparing(PredictedPair::leftId).thenComparing(PredictedPair::rightId));
    List<Example> negatives = new ArrayList<>();
    List<Example> others = new ArrayList<>();
    Set<String> found = new HashSet<>();
    for (PredictedPair p : sorted) {
      found.add(Truth.key(p.leftId(), p.rightId()));
      if (truth.lookup(p.leftId(), p.rightId()) != null) {
        continue;
      }
      HardNegativeKind kind = truth.negativeKind(p.rightId());
      Example e = new Example(true, kind == null ? "other" : kind.name(), p.score(), left.get(p.leftId()), right.get(p.rightId()));
      List<Example> group = kind == null ? others : negatives;
      if (group.size() < perGroup) {
        group.add(e);
      }
    }
    List<TruePair> pairs = new ArrayList<>(truth.pairs());
    pairs.sort(Comparator.comparing(TruePair::leftId).thenComparing(TruePair::rightId));
    List<Example> misses = new ArrayList<>();
    for (TruePair p : pairs) {
      if (misses.size() >= perGroup) {
        break;
      }
      int company = truth.companyOfLeft(p.leftId());
      if (truth.isSingleCopy(company) && !found.contains(Truth.key(p.leftId(), p.rightId()))) {
        String kinds = p.kinds().stream().map(Enum::name).collect(Collectors.joining(", "));
        misses.add(new Example(false, kinds, Double.NaN, left.get(p.leftId()), right.get(p.rightId())));
      }
    }
    List<Example> out = new ArrayList<>(others);
    out.addAll(negatives);
    out.addAll(misses);
    return out;
  }
}
