package io.venn.pipeline;

import io.venn.cluster.ScoredPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * {@link Feedback} resolved to list indices for one run: which scored pairs to drop and which to
 * force. Every record carrying an id is affected (ids are meant to be unique, but lists are not
 * always clean).
 */
final class FeedbackRules {
  /** The score a pair confirmed by a person gets: certain. */
  static final double CONFIRMED = 1.0;

  private final Set<Long> rejected;
  private final List<ScoredPair> confirmed;
  private final Set<Long> confirmedKeys = new HashSet<>();

  private FeedbackRules(Set<Long> rejected, List<ScoredPair> confirmed) {
    this.rejected = rejected;
    this.confirmed = confirmed;
    confirmed.forEach(p -> confirmedKeys.add(key(p.left(), p.right())));
  }

  static FeedbackRules resolve(Feedback feedback, int leftSize, IntFunction<String> leftId, int rightSize, IntFunction<String> rightId) {
    if (feedback.isEmpty()) {
      return new FeedbackRules(Set.of(), List.of());
    }
    Map<String, List<Integer>> left = indexOf(leftSize, leftId);
    Map<String, List<Integer>> right = indexOf(rightSize, rightId);
    Set<Long> rejected = new HashSet<>();
    List<ScoredPair> confirmed = new ArrayList<>();
    feedback.verdicts().forEach((pair, verdict) -> {
      for (int l : left.getOrDefault(pair.leftId(), List.of())) {
        for (int r : right.getOrDefault(pair.rightId(), List.of())) {
          if (verdict == Feedback.Verdict.NOT_A_MATCH) {
            rejected.add(key(l, r));
          } else {
            confirmed.add(new ScoredPair(l, r, CONFIRMED));
          }
        }
      }
    });
    return new FeedbackRules(rejected, confirmed);
  }

  private static Map<String, List<Integer>> indexOf(int size, IntFunction<String> id) {
    Map<String, List<Integer>> map = new HashMap<>();
    for (int i = 0; i < size; i++) {
      map.computeIfAbsent(id.apply(i), k -> new ArrayList<>(1)).add(i);
    }
    return map;
  }

  private static long key(int left, int right) {
    return ((long) left << 32) | (right & 0xffffffffL);
  }

  /** The engine's accepted pairs without the rejected ones, with the confirmed ones at full score. */
  List<ScoredPair> apply(List<ScoredPair> accepted) {
    if (rejected.isEmpty() && confirmed.isEmpty()) {
      return accepted;
    }
    List<ScoredPair> out = new ArrayList<>(accepted.size() + confirmed.size());
    for (ScoredPair p : accepted) {
      long k = key(p.left(), p.right());
      if (!rejected.contains(k) && !confirmedKeys.contains(k)) {
        out.add(p);
      }
    }
    out.addAll(confirmed);
    return out;
  }

  boolean isConfirmed(int left, int right) {
    return confirmedKeys.contains(key(left, right));
  }
}
