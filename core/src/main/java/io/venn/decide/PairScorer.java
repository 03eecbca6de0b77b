package io.venn.decide;

import io.venn.block.TokenStatistics;
import io.venn.compare.Observation;
import io.venn.encode.EncodedAccount;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a pair with a {@link MatchModel}: the prior plus, for each declared comparison, the
 * evidence {@code ln(m/u)} of the level the pair reached, through the logistic function. Three
 * rules ride on levels: a {@link Level.Rule#FORCE_MATCH} or {@link Level.Rule#FORCE_NO_MATCH} level
 * decides the pair (the same or different DUNS); an agreeing {@link Level.Rule#ACCOUNT_KEY} level
 * (the same website) drops the evidence against of comparisons that {@link Comparison#yieldsToKey
 * yield to it}. The explanation is the same loop, recorded. Thread-safe.
 */
public final class PairScorer {
  /** Pairs at or above this probability but below the match threshold are reported for review. */
  static final double REVIEW_PROBABILITY = 0.5;
  /** The weight shown for a level that decides the pair: more than all other evidence together. */
  static final double DECIDED = 30.0;

  private final MatchModel model;
  private final double threshold;
  private final TokenStatistics stats;
  private final Comparison[] comparisons;
  /** ln m and ln u of every level, by comparison then level: the hot path adds, never divides. */
  private final double[][] logM;
  private final double[][] logU;
  /** Each level's rule and each comparison's {@link Comparison#yieldsToKey}, as arrays for the hot path. */
  private final Level.Rule[][] rules;
  private final boolean[] yieldsToKey;
  /** The comparisons with a {@link Level.Rule#FORCE_NO_MATCH} level (country, DUNS/LEI), in model order. */
  private final int[] vetoes;

  /**
   * @param stats frequencies of values in the lists being matched (word rarity, shared websites)
   * @param threshold match probability at or above which a pair is a match
   */
  public PairScorer(MatchModel model, TokenStatistics stats, double threshold) {
    this.model = model;
    this.threshold = threshold;
    this.stats = stats;
    this.comparisons = model.comparisons().toArray(new Comparison[0]);
    this.logM = new double[comparisons.length][];
    this.logU = new double[comparisons.length][];
    this.rules = new Level.Rule[comparisons.length][];
    this.yieldsToKey = new boolean[comparisons.length];
    for (int c = 0; c < comparisons.length; c++) {
      List<Level> levels = comparisons[c].levels();
      logM[c] = new double[levels.size()];
      logU[c] = new double[levels.size()];
      rules[c] = new Level.Rule[levels.size()];
      yieldsToKey[c] = comparisons[c].yieldsToKey();
      for (int l = 0; l < levels.size(); l++) {
        logM[c][l] = Math.log(levels.get(l).m());
        logU[c][l] = Math.log(levels.get(l).u());
        rules[c][l] = levels.get(l).rule();
      }
    }
    this.vetoes = java.util.stream.IntStream.range(0, comparisons.length)
        .filter(c -> comparisons[c].levels().stream().anyMatch(l -> l.rule() == Level.Rule.FORCE_NO_MATCH))
        .toArray();
  }

  public MatchModel model() {
    return model;
  }

  /** The value frequencies of the lists this scorer was made for. */
  public TokenStatistics statistics() {
    return stats;
  }

  /**
   * The match probability of a pair, without building an explanation: the hot path. A level that
   * decides "no match" (another country, two different DUNS) wins over everything else, so those
   * cheap comparisons go first and such a pair is not compared by name at all: many candidates
   * share a common word across countries.
   */
  public double score(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb) {
    for (int c : vetoes) {
      Observation o = comparisons[c].comparator().observe(a, wa, b, wb, stats);
      if (!o.isMissing() && rules[c][o.level()] == Level.Rule.FORCE_NO_MATCH) {
        return 0.0;
      }
    }
    return evaluate(a, wa, b, wb, null);
  }

  /** The full decision with every comparison's contribution, for pairs worth explaining. */
  public Decision decide(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb) {
    List<FieldScore> reasons = new ArrayList<>(comparisons.length + 1);
    double p = evaluate(a, wa, b, wb, reasons);
    Outcome outcome = p >= threshold ? Outcome.MATCH : p >= REVIEW_PROBABILITY ? Outcome.REVIEW : Outcome.NO_MATCH;
    return new Decision(outcome, p, reasons);
  }

  /** The level each comparison reached, in model order: what estimation counts. */
  public Observation[] observe(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb) {
    Observation[] seen = new Observation[comparisons.length];
    for (int c = 0; c < comparisons.length; c++) {
      seen[c] = comparisons[c].comparator().observe(a, wa, b, wb, stats);
    }
    return seen;
  }

  private double evaluate(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, List<FieldScore> why) {
    return evaluate(a, wa, b, wb, null, why);
  }

  /** The match probability of a pair already observed: what estimation re-scores each round. */
  double score(Observation[] seen) {
    return evaluate(null, null, null, null, seen, null);
  }

  /**
   * One pass over the comparisons (the hot path allocates no array): the total is kept twice, with
   * and without the evidence against of comparisons that yield to the account key, because whether
   * a key agreed is only known at the end. Both sums add the same terms in model order, so the
   * chosen one equals adding the yielded terms as 0.
   *
   * @param observed the pair's observations when already made (estimation), else {@code null}: each
   *     comparison then observes {@code a} and {@code b} as the loop reaches it
   */
  private double evaluate(
      EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, Observation[] observed, List<FieldScore> why) {
    Observation[] seen = why == null ? null : new Observation[comparisons.length];
    double[] lnUs = why == null ? null : new double[comparisons.length];
    boolean key = false;
    Level.Rule decided = null;
    double total = model.prior();
    double totalUnderKey = total;
    for (int c = 0; c < comparisons.length; c++) {
      Observation o = observed != null ? observed[c] : comparisons[c].comparator().observe(a, wa, b, wb, stats);
      if (seen != null) {
        seen[c] = o;
      }
      if (o.isMissing()) {
        continue;
      }
      int l = o.level();
      Level.Rule rule = rules[c][l];
      key |= rule == Level.Rule.ACCOUNT_KEY;
      if (rule == Level.Rule.FORCE_NO_MATCH || (rule == Level.Rule.FORCE_MATCH && decided == null)) {
        decided = rule; // two DUNS disagreeing outweighs an LEI agreeing
      }
      // Term frequency: u of this pair is exp(-rarity); otherwise the level's u, corrected by rarity.
      double lnU = rule == Level.Rule.TERM_FREQUENCY ? -o.rarity() : logU[c][l] - o.rarity();
      if (rule != Level.Rule.TERM_FREQUENCY && o.rarity() < 0 && logM[c][l] > logU[c][l]) {
        // A value many records share (a group's website held 50 times a side) weakens agreement
        // evidence down to nothing, never into evidence against the pair.
        lnU = Math.min(lnU, logM[c][l]);
      }
      double w = logM[c][l] - lnU;
      if (lnUs != null) {
        lnUs[c] = lnU;
      }
      total += w;
      totalUnderKey += w < 0 && yieldsToKey[c] ? 0 : w;
    }
    if (why != null) {
      explain(seen, lnUs, key, why);
    }
    if (decided != null) {
      return decided == Level.Rule.FORCE_MATCH ? 1.0 : 0.0;
    }
    return 1 / (1 + Math.exp(-(key ? totalUnderKey : total)));
  }

  /** Every comparison's contribution, in model order, as {@link #evaluate} counted it. */
  private void explain(Observation[] seen, double[] lnUs, boolean key, List<FieldScore> why) {
    why.add(new FieldScore("prior", "before any evidence", Double.NaN, model.prior()));
    for (int c = 0; c < comparisons.length; c++) {
      Observation o = seen[c];
      if (o.isMissing()) {
        why.add(new FieldScore(comparisons[c].field(), "missing", Double.NaN, 0));
        continue;
      }
      Level level = comparisons[c].levels().get(o.level());
      double w = logM[c][o.level()] - lnUs[c];
      boolean yielded = key && w < 0 && yieldsToKey[c];
      String label = yielded ? level.label() + " (outweighed by the website)" : level.label();
      double shown = level.rule() == Level.Rule.FORCE_MATCH ? DECIDED
          : level.rule() == Level.Rule.FORCE_NO_MATCH ? -DECIDED : yielded ? 0 : w;
      why.add(new FieldScore(comparisons[c].field(), label, o.similarity(), shown, level.m(), Math.exp(lnUs[c])));
    }
  }
}
