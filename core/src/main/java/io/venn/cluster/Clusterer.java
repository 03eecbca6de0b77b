package io.venn.cluster;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns accepted pairs into entities. Stateless; see {@link ClusterMode}. */
public final class Clusterer {
  /** Descending score, ties by left then right index, so results never depend on thread timing. */
  public static final Comparator<ScoredPair> BEST_FIRST =
      Comparator.comparingDouble(ScoredPair::score)
          .reversed()
          .thenComparingInt(ScoredPair::left)
          .thenComparingInt(ScoredPair::right);

  private Clusterer() {}

  /**
   * Greedy one-to-one assignment: pairs in descending score order (ties by left then right index, so
   * the result is deterministic) are kept when neither record is taken yet.
   *
   * @return the kept pairs, in descending score order
   */
  public static List<ScoredPair> oneToOne(List<ScoredPair> accepted) {
    List<ScoredPair> sorted = new ArrayList<>(accepted);
    sorted.sort(BEST_FIRST);
    BitSet leftTaken = new BitSet();
    BitSet rightTaken = new BitSet();
    List<ScoredPair> kept = new ArrayList<>();
    for (ScoredPair p : sorted) {
      if (!leftTaken.get(p.left()) && !rightTaken.get(p.right())) {
        leftTaken.set(p.left());
        rightTaken.set(p.right());
        kept.add(p);
      }
    }
    return kept;
  }

  /** Entities from pairs: one per pair for one-to-one output, connected components otherwise. */
  public static List<Entity> entities(List<ScoredPair> pairs, ClusterMode mode) {
    if (mode == ClusterMode.ONE_TO_ONE) {
      List<Entity> out = new ArrayList<>(pairs.size());
      for (ScoredPair p : pairs) {
        out.add(new Entity(new int[] {p.left()}, new int[] {p.right()}));
      }
      return out;
    }
    return connectedComponents(pairs);
  }

  private static List<Entity> connectedComponents(List<ScoredPair> pairs) {
    // Union-find over node ids: left record i -> 2i, right record j -> 2j+1.
    Map<Long, Long> parent = new HashMap<>();
    for (ScoredPair p : pairs) {
      union(parent, 2L * p.left(), 2L * p.right() + 1);
    }
    Map<Long, List<Long>> groups = new HashMap<>();
    for (Long node : parent.keySet()) {
      groups.computeIfAbsent(find(parent, node), k -> new ArrayList<>()).add(node);
    }
    List<Entity> out = new ArrayList<>(groups.size());
    for (List<Long> members : groups.values()) {
      int[] left = members.stream().filter(n -> n % 2 == 0).mapToInt(n -> (int) (n / 2)).sorted().toArray();
      int[] right = members.stream().filter(n -> n % 2 == 1).mapToInt(n -> (int) (n / 2)).sorted().toArray();
      out.add(new Entity(left, right));
    }
    out.sort(Comparator.comparingInt((Entity e) -> e.left()[0]).thenComparingInt(e -> e.right()[0]));
    return out;
  }

  private static long find(Map<Long, Long> parent, long node) {
    long root = node;
    while (parent.getOrDefault(root, root) != root) {
      root = parent.get(root);
    }
    long cur = node;
    while (cur != root) {
      long next = parent.getOrDefault(cur, cur);
      parent.put(cur, root);
      cur = next;
    }
    return root;
  }

  private static void union(Map<Long, Long> parent, long a, long b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    long ra = find(parent, a);
    long rb = find(parent, b);
    if (ra != rb) {
      parent.put(Math.max(ra, rb), Math.min(ra, rb));
    }
  }
}
