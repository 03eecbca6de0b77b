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
    for (int c = 0; c < comparisons.length; c++) {
      List<Level> levels = comparisons[c].levels();
      logM[c] = new double[levels.size()];
      logU[c] = new double[levels.size()];
      for (int l = 0; l < levels.size(); l++) {
        logM[c][l] = Math.log(levels.get(l).m());
        logU[c][l] = Math.log(levels.get(l).u());
      }
    }
  }

  public MatchModel model() {
    return model;
  }

  /** The value frequencies of the lists this scorer was made for. */
  public TokenStatistics statistics() {
    return stats;
  }

  /** The match probability of a pair, without building an explanation: the hot path. */
  public double score(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb) {
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
    return evaluate(observe(a, wa, b, wb), why);
  }

  /** The match probability of a pair already observed: what estimation re-scores each round. */
  double score(Observation[] seen) {
    return evaluate(seen, null);
  }

  private double evaluate(Observation[] seen, List<FieldScore> why) {
    boolean key = false;
    Level.Rule decided = null;
    for (int c = 0; c < comparisons.length; c++) {
      if (!seen[c].isMissing()) {
        Level.Rule rule = comparisons[c].levels().get(seen[c].level()).rule();
        key |= rule == Level.Rule.ACCOUNT_KEY;
        if (rule == Level.Rule.FORCE_NO_MATCH || (rule == Level.Rule.FORCE_MATCH && decided == null)) {
          decided = rule; // two DUNS disagreeing outweighs an LEI agreeing
        }
      }
    }
    double total = model.prior();
    if (why != null) {
      why.add(new FieldScore("prior", "before any evidence", Double.NaN, total));
    }
    for (int c = 0; c < comparisons.length; c++) {
      Observation o = seen[c];
      if (o.isMissing()) {
        if (why != null) {
          why.add(new FieldScore(comparisons[c].field(), "missing", Double.NaN, 0));
        }
        continue;
      }
      int l = o.level();
      boolean termFrequency = comparisons[c].levels().get(l).rule() == Level.Rule.TERM_FREQUENCY;
      // Term frequency: u of this pair is exp(-rarity); otherwise the level's u, corrected by rarity.
      double lnU = termFrequency ? -o.rarity() : logU[c][l] - o.rarity();
      double w = logM[c][l] - lnU;
      boolean yielded = key && w < 0 && comparisons[c].yieldsToKey();
      if (yielded) {
        w = 0;
      }
      total += w;
      if (why != null) {
        Level level = comparisons[c].levels().get(l);
        String label = yielded ? level.label() + " (outweighed by the website)" : level.label();
        double shown = level.rule() == Level.Rule.FORCE_MATCH ? DECIDED
            : level.rule() == Level.Rule.FORCE_NO_MATCH ? -DECIDED : w;
        why.add(new FieldScore(comparisons[c].field(), label, o.similarity(), shown, level.m(), Math.exp(lnU)));
      }
    }
    if (decided != null) {
      return decided == Level.Rule.FORCE_MATCH ? 1.0 : 0.0;
    }
    return 1 / (1 + Math.exp(-total));
  }
}
