package io.venn.bench.accuracy;

import io.venn.bench.data.GeneratedLists;
import io.venn.bench.data.HardNegative;
import io.venn.bench.data.HardNegativeKind;
import io.venn.bench.data.TruePair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ground truth of a generated pair of lists, indexed for scoring predictions. Keeps ids and
 * company ordinals only, not the records, so it stays small next to a million-record run.
 */
public final class Truth {
  private final Map<String, TruePair> pairs;
  private final Map<String, Integer> companyOfLeft;
  private final Map<String, HardNegativeKind> negatives;
  private final int[] leftCopies;
  private final int[] rightCopies;
  private final long expectedOneToOne;

  private Truth(GeneratedLists lists) {
    pairs = new HashMap<>(lists.truth().size() * 2);
    for (TruePair p : lists.truth()) {
      pairs.put(key(p.leftId(), p.rightId()), p);
    }
    int[] lc = lists.leftCompany();
    int[] rc = lists.rightCompany();
    int companies = 1;
    for (int c : lc) {
      companies = Math.max(companies, c + 1);
    }
    for (int c : rc) {
      companies = Math.max(companies, c + 1);
    }
    leftCopies = new int[companies];
    rightCopies = new int[companies];
    companyOfLeft = new HashMap<>(lc.length * 2);
    for (int i = 0; i < lc.length; i++) {
      leftCopies[lc[i]]++;
      companyOfLeft.put(lists.left().get(i).id(), lc[i]);
    }
    for (int c : rc) {
      if (c >= 0) {
        rightCopies[c]++;
      }
    }
    long expected = 0;
    for (int c = 0; c < companies; c++) {
      expected += Math.min(leftCopies[c], rightCopies[c]);
    }
    expectedOneToOne = expected;
    negatives = new HashMap<>();
    for (HardNegative n : lists.hardNegatives()) {
      negatives.put(n.rightId(), n.kind());
    }
  }

  public static Truth of(GeneratedLists lists) {
    return new Truth(lists);
  }

  /** The truth entry of a predicted pair, or {@code null} when the pair is a false match. */
  public TruePair lookup(String leftId, String rightId) {
    return pairs.get(key(leftId, rightId));
  }

  /**
   * How many true pairs a perfect matcher returns: with one-to-one clustering each record keeps at
   * most one partner, so a company with two records on one side and one on the other yields one pair.
   */
  public long expectedPairs(boolean oneToOne) {
    return oneToOne ? expectedOneToOne : pairs.size();
  }

  /** The company of a left record, or -1 for an unknown id. */
  public int companyOfLeft(String leftId) {
    return companyOfLeft.getOrDefault(leftId, -1);
  }

  /** Whether the company has exactly one record in each list (its pair is the only true pair). */
  public boolean isSingleCopy(int company) {
    return leftCopies[company] == 1 && rightCopies[company] == 1;
  }

  /** The hard-negative kind of a right record, or {@code null} when it is not a hard negative. */
  public HardNegativeKind negativeKind(String rightId) {
    return negatives.get(rightId);
  }

  public List<TruePair> pairs() {
    return List.copyOf(pairs.values());
  }

  public Map<HardNegativeKind, Integer> negativeCounts() {
    Map<HardNegativeKind, Integer> out = new java.util.EnumMap<>(HardNegativeKind.class);
    negatives.values().forEach(k -> out.merge(k, 1, Integer::sum));
    return out;
  }

  static String key(String leftId, String rightId) {
    return leftId + '\t' + rightId;
  }
}
