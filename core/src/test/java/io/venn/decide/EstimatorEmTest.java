package io.venn.decide;

import static io.venn.TestAccounts.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.venn.TestAccounts;
import io.venn.compare.LevelComparator;
import io.venn.compare.Observation;
import io.venn.encode.EncodedAccount;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.MatchResult;
import io.venn.pipeline.Pipeline;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Expectation-maximisation and the bounds of per-run estimation, on worked examples. */
class EstimatorEmTest {
  /** True m and u of three agree/disagree comparisons in the synthetic mixture. */
  private static final double[] M = {0.9, 0.8, 0.7};
  private static final double[] U = {0.05, 0.1, 0.2};
  private static final int PAIRS = 6000;
  private static final double MATCH_SHARE = 0.2;

  /**
   * A synthetic mixture: 6,000 candidate pairs, one in five a match, each comparison's level drawn
   * (seeded) from the true m for matches and u for the rest. EM, told u and the share of matches
   * (the prior) but starting from m = 0.6 everywhere, recovers the true m within 0.03.
   */
  @Test
  void em_onASyntheticMixture_recoversTheTrueM() {
    List<EncodedAccount> left = new ArrayList<>();
    List<EncodedAccount> right = new ArrayList<>();
    Map<String, int[]> levels = new HashMap<>();
    SplittableRandom random = new SplittableRandom(11);
    List<int[]> candidates = new ArrayList<>();
    for (int k = 0; k < PAIRS; k++) {
      left.add(TestAccounts.encode(account("L" + k, "left " + k, null, null, null)));
      right.add(TestAccounts.encode(account("R" + k, "right " + k, null, null, null)));
      boolean match = random.nextDouble() < MATCH_SHARE;
      int[] seen = new int[M.length];
      for (int c = 0; c < M.length; c++) {
        seen[c] = random.nextDouble() < (match ? M[c] : U[c]) ? 0 : 1;
      }
      levels.put("L" + k + "|R" + k, seen);
      candidates.add(new int[] {k, k});
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (int c = 0; c < M.length; c++) {
      int field = c;
      LevelComparator fromTable = (a, wa, b, wb, stats) -> Observation.at(levels.get(a.ref() + "|" + b.ref())[field], 1.0);
      comparisons.add(new Comparison("f" + c, fromTable, List.of(Level.of("agree", 0.6, U[c]), Level.of("disagree", 0.4, 1 - U[c])), false));
    }
    MatchModel start = MatchModel.of(Math.log(MATCH_SHARE / (1 - MATCH_SHARE)), comparisons);
    float[][] noWeights = new float[PAIRS][0];
    PairScorer scorer = new PairScorer(start, TestAccounts.statistics(left, right), 0.5);
    MatchModel fitted = new Estimator(scorer, left, noWeights, right, noWeights).em(start, candidates, 30, 0);

    for (int c = 0; c < M.length; c++) {
      assertThat(fitted.comparisons().get(c).levels().get(0).m()).as("m of f" + c).isCloseTo(M[c], within(0.03));
      assertThat(fitted.comparisons().get(c).levels().get(0).u()).as("u is held fixed").isEqualTo(U[c]);
    }
  }

  @Test
  void bounded_keepsEachProbabilityWithinTheFactorOfTheShipped() {
    MatchModel shipped = MatchModel.standard();
    Level sameCity = shipped.comparison("city").levels().get(0);
    Level differentCity = shipped.comparison("city").levels().get(1);
    MatchModel wild = shipped.withLevels("city", List.of(sameCity.with(sameCity.m() * 10, sameCity.u() / 10), differentCity.with(1e-5, 0.99)));
    List<Level> city = Estimator.bounded(wild, shipped).comparison("city").levels();
    assertThat(city.get(0).m()).isCloseTo(Math.min(sameCity.m() * Estimator.RUN_BOUND, 1 - Level.EPSILON), within(1e-9));
    assertThat(city.get(0).u()).isCloseTo(sameCity.u() / Estimator.RUN_BOUND, within(1e-12));
    assertThat(city.get(1).m()).isCloseTo(differentCity.m() / Estimator.RUN_BOUND, within(1e-12));
  }

  @Test
  void bounded_neverTurnsAnAgreementIntoEvidenceAgainst() {
    MatchModel shipped = MatchModel.standard();
    Level sameState = shipped.comparison("state").levels().get(0); // m 0.9, u 0.33: evidence for
    MatchModel against = shipped.withLevels("state", List.of(sameState.with(0.46, 0.65), shipped.comparison("state").levels().get(1)));
    Level bounded = Estimator.bounded(against, shipped).comparison("state").levels().get(0);
    assertThat(bounded.weight()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void bounded_levelsThatDecideKeepTheShippedProbabilities() {
    MatchModel shipped = MatchModel.standard();
    List<Level> registration = new ArrayList<>(shipped.comparison("registration").levels());
    registration.set(0, registration.get(0).with(0.01, 0.2));
    MatchModel moved = Estimator.bounded(shipped.withLevels("registration", registration), shipped);
    assertThat(moved.comparison("registration").levels().get(0)).isEqualTo(shipped.comparison("registration").levels().get(0));
  }

  /** 150 companies in both lists (two thirds with the website on both sides) among 150 listed once. */
  private static List<List<Account>> lists() {
    String[] a = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike", "november", "oscar"};
    String[] b = {"zulu", "yankee", "xray", "whiskey", "victor", "uniform", "tango", "sierra", "romeo", "quebec"};
    List<Account> left = new ArrayList<>();
    List<Account> right = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      String name = a[i % 15] + " " + b[i / 15];
      String site = a[i % 15] + b[i / 15] + ".com";
      left.add(account("L" + i, name + " Industries", site, "US", i % 2 == 0 ? "Boston" : "Austin"));
      right.add(account("R" + i, name + " Inc", i % 3 == 0 ? null : "https://www." + site, "United States", i % 2 == 0 ? "Boston" : "Austin"));
      left.add(account("LX" + i, b[i / 15] + a[i % 15] + "ia Mining", null, "US", null));
      right.add(account("RX" + i, a[i % 15] + "tron " + b[i / 15] + "ix Labs", null, "US", null));
    }
    return List.of(left, right);
  }

  @Test
  void match_withEstimate_sameModelAndMatchesWhateverTheThreadCount() {
    List<List<Account>> lists = lists();
    MatchResult one = Pipeline.match(lists.get(0), lists.get(1), MatchConfig.builder().estimate(true).threads(1).build());
    MatchResult four = Pipeline.match(lists.get(0), lists.get(1), MatchConfig.builder().estimate(true).threads(4).build());
    assertThat(four.model().describe()).isEqualTo(one.model().describe());
    assertThat(four.matches()).extracting(m -> m.left() + "~" + m.right() + "@" + m.score())
        .containsExactlyElementsOf(one.matches().stream().map(m -> m.left() + "~" + m.right() + "@" + m.score()).toList());
    assertThat(one.matches()).hasSize(150);
  }

  @Test
  void match_withEstimate_reportsTheReEstimatedModelWithinBounds() {
    List<List<Account>> lists = lists();
    MatchModel shipped = MatchModel.standard();
    MatchModel used = Pipeline.match(lists.get(0), lists.get(1), MatchConfig.builder().estimate(true).threads(1).build()).model();
    assertThat(used.describe()).isNotEqualTo(shipped.describe());
    assertThat(used.describe(shipped)).contains(" *").contains("re-estimated on these lists");
    for (Comparison c : used.comparisons()) {
      for (int l = 0; l < c.levels().size(); l++) {
        Level s = shipped.comparison(c.field()).levels().get(l);
        assertThat(c.levels().get(l).m()).as(c.field() + " " + s.label()).isBetween(s.m() / Estimator.RUN_BOUND - 1e-12, s.m() * Estimator.RUN_BOUND);
        assertThat(Math.signum(c.levels().get(l).weight())).as(c.field() + " " + s.label()).isIn(Math.signum(s.weight()), 0.0);
      }
    }
    MatchModel plain = Pipeline.match(lists.get(0), lists.get(1), MatchConfig.builder().threads(1).build()).model();
    assertThat(plain).isSameAs(shipped);
  }
}
