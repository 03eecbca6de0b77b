package io.venn.cluster;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

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

  /**
   * Union-find over primitive arrays: left record i is node i, right record j is node {@code lefts + j}.
   * Nodes are then bucketed by root in ascending order, so each entity's indices come out sorted.
   */
  private static List<Entity> connectedComponents(List<ScoredPair> pairs) {
    int lefts = 0;
    int rights = 0;
    for (ScoredPair p : pairs) {
      lefts = Math.max(lefts, p.left() + 1);
      rights = Math.max(rights, p.right() + 1);
    }
    int[] parent = new int[lefts + rights];
    java.util.Arrays.fill(parent, -1); // -1: not in any pair
    for (ScoredPair p : pairs) {
      int a = p.left();
      int b = lefts + p.right();
      parent[a] = parent[a] < 0 ? a : parent[a];
      parent[b] = parent[b] < 0 ? b : parent[b];
      int ra = find(parent, a);
      int rb = find(parent, b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
    // Counting sort of nodes by root: sizes, offsets, then members in ascending node order.
    int[] size = new int[parent.length];
    for (int n = 0; n < parent.length; n++) {
      if (parent[n] >= 0) {
        size[find(parent, n)]++;
      }
    }
    int[] offset = new int[parent.length + 1];
    for (int n = 0; n < parent.length; n++) {
      offset[n + 1] = offset[n] + size[n];
    }
    int[] members = new int[offset[parent.length]];
    int[] fill = offset.clone();
    for (int n = 0; n < parent.length; n++) {
      if (parent[n] >= 0) {
        members[fill[find(parent, n)]++] = n;
      }
    }
    List<Entity> out = new ArrayList<>();
    for (int root = 0; root < parent.length; root++) {
      if (size[root] > 0) {
        out.add(entity(members, offset[root], offset[root + 1], lefts));
      }
    }
    // A root is the smallest node of its component (unions keep the smaller), always a left record,
    // so ascending roots already order entities by their first left index.
    return out;
  }

  private static Entity entity(int[] members, int from, int to, int lefts) {
    int split = from;
    while (split < to && members[split] < lefts) {
      split++;
    }
    int[] left = java.util.Arrays.copyOfRange(members, from, split);
    int[] right = new int[to - split];
    for (int k = split; k < to; k++) {
      right[k - split] = members[k] - lefts;
    }
    return new Entity(left, right);
  }

  /** The root of a node, halving the path on the way so later look-ups are short. */
  private static int find(int[] parent, int node) {
    int n = node;
    while (parent[n] != n) {
      parent[n] = parent[parent[n]];
      n = parent[n];
    }
    return n;
  }
}
