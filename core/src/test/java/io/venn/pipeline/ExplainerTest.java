package io.venn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.decide.Decision;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finished match explains its pairs from two records, as {@link Pipeline#explain} does from both
 * whole lists: same score, same reasons, for matched pairs and for pairs it did not match.
 */
class ExplainerTest {
  private static final List<Account> LEFT = ExampleLists.ours();
  private static final List<Account> RIGHT = ExampleLists.partners();

  /** Every matched pair, and as many unmatched ones (each left record against the next one's match). */
  private static List<int[]> pairs(MatchResult result) {
    List<int[]> pairs = new ArrayList<>();
    List<Match> matches = result.matches();
    for (int k = 0; k < matches.size(); k++) {
      pairs.add(new int[] {matches.get(k).left(), matches.get(k).right()});
      pairs.add(new int[] {matches.get(k).left(), matches.get((k + 1) % matches.size()).right()});
    }
    return pairs;
  }

  private static List<Account> records(List<Account> list, List<int[]> pairs, int side) {
    return pairs.stream().map(p -> list.get(p[side])).toList();
  }

  @Test
  void matchResultExplainer_givesEachMatchItsScoreAndReasons() {
    MatchResult result = Pipeline.match(LEFT, RIGHT, MatchConfig.defaults());
    Explainer explainer = result.explainer().orElseThrow();
    List<int[]> matched = result.matches().stream().map(m -> new int[] {m.left(), m.right()}).toList();

    List<Decision> decisions = explainer.explain(records(LEFT, matched, 0), records(RIGHT, matched, 1));

    assertThat(result.matches()).hasSizeGreaterThan(50);
    for (int i = 0; i < matched.size(); i++) {
      Match m = result.matches().get(i);
      assertThat(decisions.get(i).score()).as("match %s", i).isEqualTo(m.score());
      assertThat(decisions.get(i).reasons()).as("match %s", i).isEqualTo(m.reasons());
    }
    assertThat(explainer.bytes()).isPositive();
  }

  @Test
  void matchResultExplainer_decidesAsExplainingFromTheWholeLists() {
    MatchResult result = Pipeline.match(LEFT, RIGHT, MatchConfig.defaults());
    List<int[]> pairs = pairs(result);

    List<Decision> kept = result.explainer().orElseThrow().explain(records(LEFT, pairs, 0), records(RIGHT, pairs, 1));

    assertThat(kept).isEqualTo(Pipeline.explain(LEFT, RIGHT, pairs, MatchConfig.defaults()));
    assertThat(kept).extracting(Decision::outcome).contains(io.venn.decide.Outcome.NO_MATCH);
  }

  @Test
  void explainerOfTheLists_decidesAsTheMatchResultsOwn() {
    MatchResult result = Pipeline.match(LEFT, RIGHT, MatchConfig.defaults());
    List<int[]> pairs = pairs(result);

    Explainer rebuilt = Pipeline.explainer(AccountSource.of(LEFT), AccountSource.of(RIGHT), MatchConfig.defaults());

    assertThat(rebuilt.explain(records(LEFT, pairs, 0), records(RIGHT, pairs, 1)))
        .isEqualTo(result.explainer().orElseThrow().explain(records(LEFT, pairs, 0), records(RIGHT, pairs, 1)));
  }

  @Test
  void explain_pairsOfUnequalLength_areRefused() {
    Explainer explainer = Pipeline.match(LEFT, RIGHT, MatchConfig.defaults()).explainer().orElseThrow();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> explainer.explain(LEFT.subList(0, 2), RIGHT.subList(0, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 and 1");
  }

  @Test
  void encodedLists_haveNoExplainer() {
    var encoder = Pipeline.brokerEncoder();
    MatchResult result = Pipeline.matchEncoded(
        Pipeline.encodeAll(LEFT, encoder, 1), Pipeline.encodeAll(RIGHT, encoder, 1), io.venn.encode.TokenPriors.NONE, MatchConfig.defaults());

    assertThat(result.explainer()).isEmpty();
  }
}
