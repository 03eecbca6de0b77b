package io.venn.pipeline;

import io.venn.cluster.ScoredPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

  /**
   * The rules for lists whose records' ids {@code left} and {@code right} saw while the lists were
   * read ({@link #leftIds}, {@link #rightIds}).
   */
  static FeedbackRules resolve(Feedback feedback, Ids left, Ids right) {
    if (feedback.isEmpty()) {
      return new FeedbackRules(Set.of(), List.of());
    }
    Set<Long> rejected = new HashSet<>();
    List<ScoredPair> confirmed = new ArrayList<>();
    feedback.verdicts().forEach((pair, verdict) -> {
      for (int l : left.indices.getOrDefault(pair.leftId(), List.of())) {
        for (int r : right.indices.getOrDefault(pair.rightId(), List.of())) {
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

  /** A collector of the left list's records that {@code feedback} names. */
  static Ids leftIds(Feedback feedback) {
    return new Ids(feedback.verdicts().keySet().stream().map(Feedback.Pair::leftId).collect(Collectors.toSet()));
  }

  /** A collector of the right list's records that {@code feedback} names. */
  static Ids rightIds(Feedback feedback) {
    return new Ids(feedback.verdicts().keySet().stream().map(Feedback.Pair::rightId).collect(Collectors.toSet()));
  }

  /**
   * The indices of the records whose ids feedback names, collected as a list is read: only those are
   * remembered, not a million ids. Not thread-safe; fed in list order by the reading thread.
   */
  static final class Ids {
    /** Remembers nothing: for runs without feedback. Shared, as it never changes. */
    static final Ids NONE = new Ids(Set.of());

    private final Set<String> named;
    private final Map<String, List<Integer>> indices = new HashMap<>();

    private Ids(Set<String> named) {
      this.named = named;
    }

    /** Notes that record {@code index} of the list has id {@code id}. */
    void see(int index, String id) {
      if (!named.isEmpty() && named.contains(id)) {
        indices.computeIfAbsent(id, k -> new ArrayList<>(1)).add(index);
      }
    }
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
