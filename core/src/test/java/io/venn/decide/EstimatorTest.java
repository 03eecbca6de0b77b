package io.venn.decide;

import static io.venn.TestAccounts.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.venn.compare.DomainLevels;
import io.venn.compare.NameLevels;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.Pipeline;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimatorTest {
  private static final String[] A = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"};
  private static final String[] B = {"zulu", "yankee", "xray", "whiskey", "victor", "uniform", "tango", "sierra", "romeo", "quebec"};

  private final List<Account> left = new ArrayList<>();
  private final List<Account> right = new ArrayList<>();
  private final List<int[]> truth = new ArrayList<>();

  EstimatorTest() {
    // 100 companies in both lists, the same name and website, everyone in the US.
    for (int i = 0; i < 100; i++) {
      String name = A[i % 10] + " " + B[i / 10] + " Industries";
      String site = A[i % 10] + B[i / 10] + ".com";
      left.add(account("L" + i, name, site, "US", null));
      right.add(account("R" + i, name + " Inc", "https://www." + site, "United States", null));
      truth.add(new int[] {i, i});
    }
  }

  private static int field(MatchModel model, String name) {
    return model.comparisons().indexOf(model.comparison(name));
  }

  private Estimator estimator() {
    return Pipeline.estimator(left, right, MatchConfig.builder().threads(1).build());
  }

  @Test
  void uFromRandomPairs_isTheShareOfRandomPairsAtEachLevel() {
    MatchModel model = MatchModel.standard();
    double[][] u = estimator().uFromRandomPairs(20_000, 7, model, 0);
    // Everyone is in the US: a random pair agrees on the country, so "same country" is no evidence.
    assertThat(u[field(model, "country")][0]).isGreaterThan(0.999);
    // One pair in a hundred is the same company: random pairs rarely share a website.
    assertThat(u[field(model, "domain")][DomainLevels.ACCOUNT_KEY]).isBetween(0.002, 0.02);
  }

  @Test
  void uFromRandomPairs_sameSeedSameEstimate() {
    MatchModel model = MatchModel.standard();
    assertThat(estimator().uFromRandomPairs(5_000, 42, model, 100)).isDeepEqualTo(estimator().uFromRandomPairs(5_000, 42, model, 100));
  }

  /**
   * Worked example of the dependence between name and city among different companies: each left
   * company's subsidiary on the right shares its distinctive name word and its city, in a hundred
   * cities. Random pairs rarely share a city (u about 0.01); among the non-matching pairs that
   * blocking proposes, the subsidiaries among them, a shared city is over ten times as common, and
   * that is the u a shared city has among similar names.
   */
  @Test
  void uFromPairs_amongBlockedNonMatches_showsWhatRandomPairsHide() {
    List<Account> l = new ArrayList<>();
    List<Account> r = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String word = A[i % 10] + B[i / 10];
      l.add(account("L" + i, word + " Holdings", null, "US", "City" + i));
      r.add(account("R" + i, word + " Logistics", null, "US", "City" + i));
    }
    MatchModel model = MatchModel.standard();
    Estimator estimator = Pipeline.estimator(l, r, MatchConfig.builder().threads(1).build());
    List<int[]> candidates = estimator.candidatePairs();
    assertThat(candidates).extracting(p -> p[0] + "~" + p[1]).contains("0~0", "42~42", "99~99");
    assertThat(estimator.candidatePairs()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(candidates);

    int city = field(model, "city");
    double random = estimator.uFromRandomPairs(20_000, 7, model, 0)[city][0];
    double blocked = estimator.uFromPairs(candidates, model, 0)[city][0];
    assertThat(random).isLessThan(0.03);
    assertThat(blocked).isGreaterThan(10 * random).isGreaterThan(0.10);
  }

  @Test
  void mFromPairs_isTheShareOfLabelledPairsAtEachLevel_pulledTowardsThePrior() {
    MatchModel model = MatchModel.standard();
    double[][] m = estimator().mFromPairs(truth, model, 0);
    assertThat(m[field(model, "domain")][DomainLevels.ACCOUNT_KEY]).isGreaterThan(0.95);
    // Counted as 1000 pairs, the prior's m of "different website" pulls the estimate towards itself.
    double prior = model.comparison("domain").levels().get(DomainLevels.DIFFERENT).m();
    double[][] pulled = estimator().mFromPairs(truth, model, 1000);
    assertThat(Math.abs(pulled[field(model, "domain")][DomainLevels.DIFFERENT] - prior))
        .isLessThan(Math.abs(m[field(model, "domain")][DomainLevels.DIFFERENT] - prior) / 2);
  }

  /**
   * Worked example of the dependence between name and website: 100 true pairs at one website whose
   * names share nothing ("GE" / "General Electric"), 100 without a website on the right whose names
   * are the same. Counted over all pairs, "nothing shared" would be half of the matches; counted
   * where the website does not decide, it is none of them, and the name's m comes from the 100
   * pairs that name evidence decides.
   */
  @Test
  void mFromPairs_nameCountedOnlyWhereTheWebsiteDoesNotAgree() {
    List<Account> l = new ArrayList<>();
    List<Account> r = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String site = A[i % 10] + B[i / 10] + ".com";
      l.add(account("K" + i, A[i % 10] + " " + B[i / 10], site, "US", null));
      r.add(account("K" + i, "Qx" + B[i % 10] + A[i / 10] + "zz Holdings", site, "US", null));
      pairs.add(new int[] {i, i});
    }
    for (int i = 0; i < 100; i++) {
      String name = B[i % 10] + " " + A[i / 10] + " Trading";
      l.add(account("N" + i, name, B[i % 10] + A[i / 10] + ".net", "US", null));
      r.add(account("N" + i, name, null, "US", null));
      pairs.add(new int[] {100 + i, 100 + i});
    }
    MatchModel model = MatchModel.standard();
    double[][] m = Pipeline.estimator(l, r, MatchConfig.builder().threads(1).build()).mFromPairs(pairs, model, 0);
    int name = field(model, "name");
    assertThat(m[name][NameLevels.NOTHING_SHARED]).isLessThan(0.01);
    assertThat(m[name][NameLevels.SAME_WORDS]).isGreaterThan(0.95);
    assertThat(m[field(model, "domain")][DomainLevels.ACCOUNT_KEY]).isGreaterThan(0.95);
  }

  @Test
  void em_withoutLabelsFindsThatMatchingPairsShareTheWebsite() {
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      for (int j = i; j < Math.min(100, i + 5); j++) {
        candidates.add(new int[] {i, j});
      }
    }
    MatchModel start = MatchModel.standard();
    MatchModel fitted = estimator().em(start, candidates, 5, 10);
    Level key = fitted.comparison("domain").levels().get(DomainLevels.ACCOUNT_KEY);
    assertThat(key.m()).isGreaterThan(0.9);
    assertThat(key.u()).isEqualTo(start.comparison("domain").levels().get(DomainLevels.ACCOUNT_KEY).u());
  }
}
