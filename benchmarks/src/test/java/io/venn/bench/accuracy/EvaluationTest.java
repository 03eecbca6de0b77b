package io.venn.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.bench.data.GeneratedLists;
import io.venn.bench.data.GeneratorConfig;
import io.venn.bench.data.HardNegative;
import io.venn.bench.data.HardNegativeKind;
import io.venn.bench.data.TruePair;
import io.venn.bench.data.VariationKind;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hand-built truth: left L1..L4, right R1..R5. Company 0: L1~R1 (TYPO). Company 1: L2~R2
 * (LEGAL_FORM, WEBSITE_MISSING). Company 2: L3 and its duplicate L4 ~ R3. R4 is a right-only
 * company; R5 a hard negative imitating nothing in the truth.
 */
class EvaluationTest {
  private static final GeneratedLists LISTS = new GeneratedLists(
      GeneratorConfig.of(10, 1),
      accounts("L", 4),
      accounts("R", 5),
      List.of(
          new TruePair("L1", "R1", EnumSet.of(VariationKind.TYPO)),
          new TruePair("L2", "R2", EnumSet.of(VariationKind.LEGAL_FORM, VariationKind.WEBSITE_MISSING)),
          new TruePair("L3", "R3", EnumSet.of(VariationKind.EXACT)),
          new TruePair("L4", "R3", EnumSet.of(VariationKind.DUPLICATE, VariationKind.CASE_PUNCTUATION))),
      List.of(new HardNegative("R5", "L2", HardNegativeKind.SAME_NAME_OTHER_WEBSITE)),
      new int[] {0, 1, 2, 2},
      new int[] {0, 1, 2, 3, -1});
  private static final Truth TRUTH = Truth.of(LISTS);

  @Test
  void expectedPairs_oneToOneCountsACompanyOnce() {
    assertThat(TRUTH.expectedPairs(true)).isEqualTo(3);
    assertThat(TRUTH.expectedPairs(false)).isEqualTo(4);
  }

  @Test
  void evaluate_workedExample() {
    List<PredictedPair> predicted = List.of(
        new PredictedPair("L1", "R1", 0.99),
        new PredictedPair("L4", "R3", 0.95),
        new PredictedPair("L2", "R5", 0.93), // the hard negative, wrongly matched
        new PredictedPair("L2", "R2", 0.50)); // below the threshold: not predicted
    AccuracyReport r = Evaluation.evaluate(TRUTH, predicted, 0.9, true);
    assertThat(r.overall()).isEqualTo(new Metrics(2, 1, 1));
    assertThat(r.recallByKind().get(VariationKind.TYPO)).isEqualTo(new Share(1, 1));
    assertThat(r.recallByKind().get(VariationKind.LEGAL_FORM)).isEqualTo(new Share(0, 1));
    assertThat(r.recallByKind().get(VariationKind.WEBSITE_MISSING)).isEqualTo(new Share(0, 1));
    assertThat(r.recallByKind().get(VariationKind.DUPLICATE)).isEqualTo(new Share(1, 1)); // company 2 found through L4
    assertThat(r.recallByKind().get(VariationKind.EXACT)).isEqualTo(new Share(0, 0)); // L3~R3 belongs to a company with a duplicate
    assertThat(r.negativesMatched().get(HardNegativeKind.SAME_NAME_OTHER_WEBSITE)).isEqualTo(new Share(1, 1));
  }

  @Test
  void evaluate_repeatedPredictionCountsOnce() {
    List<PredictedPair> predicted = List.of(new PredictedPair("L1", "R1", 0.99), new PredictedPair("L1", "R1", 0.98));
    assertThat(Evaluation.evaluate(TRUTH, predicted, 0.9, true).overall()).isEqualTo(new Metrics(1, 0, 2));
  }

  @Test
  void curve_filtersByScore() {
    List<PredictedPair> predicted = List.of(
        new PredictedPair("L1", "R1", 0.99), new PredictedPair("L2", "R5", 0.93), new PredictedPair("L2", "R2", 0.80));
    List<Evaluation.CurvePoint> curve = Evaluation.curve(TRUTH, predicted, List.of(0.5, 0.9, 0.95), true);
    assertThat(curve.get(0).metrics()).isEqualTo(new Metrics(2, 1, 1));
    assertThat(curve.get(1).metrics()).isEqualTo(new Metrics(1, 1, 2));
    assertThat(curve.get(2).metrics()).isEqualTo(new Metrics(1, 0, 2));
  }

  @Test
  void oneToOne_keepsBestPartnerPerRecord() {
    List<PredictedPair> kept = OneToOne.keep(List.of(
        new PredictedPair("L1", "R1", 0.80), new PredictedPair("L1", "R2", 0.95), new PredictedPair("L2", "R2", 0.90),
        new PredictedPair("L2", "R1", 0.70)));
    assertThat(kept).containsExactly(new PredictedPair("L1", "R2", 0.95), new PredictedPair("L2", "R1", 0.70));
  }

  @Test
  void errorSamples_falseMatchesThenMisses() {
    Map<String, Account> left = new java.util.HashMap<>();
    Map<String, Account> right = new java.util.HashMap<>();
    LISTS.left().forEach(a -> left.put(a.id(), a));
    LISTS.right().forEach(a -> right.put(a.id(), a));
    List<PredictedPair> predicted = List.of(
        new PredictedPair("L1", "R1", 0.99), new PredictedPair("L2", "R5", 0.93), new PredictedPair("L3", "R4", 0.91));
    List<ErrorSamples.Example> errors = ErrorSamples.pick(TRUTH, predicted, left, right, 5);
    assertThat(errors).extracting(ErrorSamples.Example::falseMatch, ErrorSamples.Example::label).containsExactly(
        org.assertj.core.groups.Tuple.tuple(true, "other"),
        org.assertj.core.groups.Tuple.tuple(true, "SAME_NAME_OTHER_WEBSITE"),
        org.assertj.core.groups.Tuple.tuple(false, "LEGAL_FORM, WEBSITE_MISSING"));
    assertThat(errors.get(0).left().id()).isEqualTo("L3");
    assertThat(errors.get(2).right().id()).isEqualTo("R2");
  }

  private static List<Account> accounts(String prefix, int n) {
    List<Account> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(new Account(prefix + i, "Company " + i, null, null, null, null, null, null, null, Map.of(), i + 1L));
    }
    return out;
  }
}
