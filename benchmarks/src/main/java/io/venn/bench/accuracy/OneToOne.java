package io.venn.bench.accuracy;

import io.venn.cluster.Clusterer;
import io.venn.cluster.ScoredPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Venn's own greedy one-to-one step ({@link Clusterer#oneToOne}) applied to another matcher's pairs,
 * so that a peer is scored under the same rule: each record keeps at most one partner, best first.
 */
public final class OneToOne {
  private OneToOne() {}

  public static List<PredictedPair> keep(List<PredictedPair> pairs) {
    Map<String, Integer> leftIndex = new HashMap<>();
    Map<String, Integer> rightIndex = new HashMap<>();
    List<String> leftIds = new ArrayList<>();
    List<String> rightIds = new ArrayList<>();
    List<ScoredPair> scored = new ArrayList<>(pairs.size());
    for (PredictedPair p : pairs) {
      int l = leftIndex.computeIfAbsent(p.leftId(), id -> {
        leftIds.add(id);
        return leftIds.size() - 1;
      });
      int r = rightIndex.computeIfAbsent(p.rightId(), id -> {
        rightIds.add(id);
        return rightIds.size() - 1;
      });
      scored.add(new ScoredPair(l, r, p.score()));
    }
    List<PredictedPair> out = new ArrayList<>();
    for (ScoredPair s : Clusterer.oneToOne(scored)) {
      out.add(new PredictedPair(leftIds.get(s.left()), rightIds.get(s.right()), s.score()));
    }
    return out;
  }
}
