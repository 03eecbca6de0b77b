package io.venn.service.feedback;

import io.venn.cluster.Entity;
import io.venn.matrix.OverlapCounter;
import io.venn.pipeline.Match;
import io.venn.pipeline.MatchResult;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Applies a partnership's verdicts to a fresh match result: a pair either side called
 * {@code not_a_match} is removed for both sides, with its entity and the matrix counts it made.
 * Pairs both sides confirmed ({@code match}) need the engine to add them: core's feedback API does
 * that once merged; until then they are stored and kept, not forced.
 */
@Component
public class FeedbackFilter {
  private final FeedbackRepository repository;

  FeedbackFilter(FeedbackRepository repository) {
    this.repository = repository;
  }

  public MatchResult apply(String partnershipId, List<Account> left, List<Account> right, MatchResult result) {
    Honoured honoured = honouredFor(partnershipId);
    if (honoured.notAMatch().isEmpty()) {
      return result;
    }
    List<Match> kept = new ArrayList<>(result.matches().size());
    for (Match m : result.matches()) {
      if (!honoured.notAMatch().contains(new PairIds(left.get(m.left()).id(), right.get(m.right()).id()))) {
        kept.add(m);
      }
    }
    if (kept.size() == result.matches().size()) {
      return result;
    }
    // Entities are rebuilt from the pairs left in each: a record stays only while one of its pairs does.
    Map<Integer, Integer> entityOfLeft = new LinkedHashMap<>();
    for (int e = 0; e < result.entities().size(); e++) {
      for (int l : result.entities().get(e).left()) {
        entityOfLeft.put(l, e);
      }
    }
    Map<Integer, Set<Integer>> lefts = new LinkedHashMap<>();
    Map<Integer, Set<Integer>> rights = new LinkedHashMap<>();
    Map<Integer, Double> best = new LinkedHashMap<>();
    for (Match m : kept) {
      int e = entityOfLeft.get(m.left());
      lefts.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(m.left());
      rights.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(m.right());
      best.merge(e, m.score(), Math::max);
    }
    List<Entity> entities = new ArrayList<>();
    double[] scores = new double[lefts.size()];
    for (Integer e : lefts.keySet()) {
      scores[entities.size()] = best.get(e);
      entities.add(new Entity(ints(lefts.get(e)), ints(rights.get(e))));
    }
    var matrix =
        OverlapCounter.count(
            left.stream().map(Account::population).toList(), right.stream().map(Account::population).toList(), entities);
    return new MatchResult(kept, entities, scores, matrix, result.blocking(), result.model());
  }

  private static int[] ints(Set<Integer> s) {
    return s.stream().mapToInt(Integer::intValue).toArray();
  }

  /** What the next run of a partnership must honour. */
  Honoured honouredFor(String partnershipId) {
    Map<PairIds, Set<String>> saidMatch = new HashMap<>();
    Set<PairIds> rejected = new HashSet<>();
    for (FeedbackRepository.Given g : repository.ofPartnership(partnershipId)) {
      if (g.verdict() == Verdict.NOT_A_MATCH) {
        rejected.add(g.pair());
      } else {
        saidMatch.computeIfAbsent(g.pair(), k -> new HashSet<>()).add(g.organizationId());
      }
    }
    Set<PairIds> confirmed = new HashSet<>();
    saidMatch.forEach((pair, sides) -> {
      if (sides.size() == 2 && !rejected.contains(pair)) {
        confirmed.add(pair);
      }
    });
    return new Honoured(Set.copyOf(rejected), Set.copyOf(confirmed));
  }

  /**
   * @param notAMatch pairs either side rejected: removed for both sides
   * @param match pairs both sides confirmed
   */
  record Honoured(Set<PairIds> notAMatch, Set<PairIds> match) {}
}
