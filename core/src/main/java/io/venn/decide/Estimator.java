package io.venn.decide;

import io.venn.block.CandidateIndex;
import io.venn.compare.Observation;
import io.venn.encode.EncodedAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Estimates a model's m and u from data, Fellegi-Sunter style as Splink does: u from random pairs of
 * the two lists (nearly all of them different companies), m from pairs known to match (labelled
 * data) or, without labels, by expectation-maximisation over candidate pairs. Seeded and
 * single-threaded: the same data give the same model. Every estimate starts from a prior model whose
 * probabilities count as a number of observations (a Beta/Dirichlet prior), so a level the data
 * never show keeps a sane probability and every weight stays finite.
 */
public final class Estimator {
  /** Pseudo-count per level: an unseen level gets about half an observation. */
  static final double SMOOTHING = 0.5;

  private final PairScorer scorer;
  private final List<EncodedAccount> left;
  private final float[][] leftWeights;
  private final List<EncodedAccount> right;
  private final float[][] rightWeights;

  /**
   * @param scorer a scorer over the lists' statistics; its model says which comparisons and levels to count
   */
  public Estimator(PairScorer scorer, List<EncodedAccount> left, float[][] leftWeights, List<EncodedAccount> right, float[][] rightWeights) {
    this.scorer = scorer;
    this.left = left;
    this.leftWeights = leftWeights;
    this.right = right;
    this.rightWeights = rightWeights;
  }

  /**
   * u of every level: the share of {@code samples} random pairs (seeded) reaching it, where the field
   * is present, with the {@code prior} model's u counting as {@code strength} pairs (so a level or
   * field the sample never shows keeps the prior's value).
   */
  public double[][] uFromRandomPairs(int samples, long seed, MatchModel prior, double strength) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] counts = emptyCounts();
    if (left.isEmpty() || right.isEmpty()) {
      return shares(counts, prior, strength, false);
    }
    for (int s = 0; s < samples; s++) {
      int i = random.nextInt(left.size());
      int j = random.nextInt(right.size());
      add(counts, observe(i, j), 1.0);
    }
    return shares(counts, prior, strength, false);
  }

  /**
   * u of every level among the given pairs of different companies, with the {@code prior} model's
   * u counting as {@code strength} pairs. Given the non-matching pairs blocking proposes, this is
   * the u that decides: a parent and its subsidiary, proposed for their shared name word, are in
   * one city far more often than two random records, so a city's u from random pairs overstates
   * what a shared city says about two similar names.
   */
  public double[][] uFromPairs(List<int[]> nonMatches, MatchModel prior, double strength) {
    double[][] counts = emptyCounts();
    for (int[] p : nonMatches) {
      add(counts, observe(p[0], p[1]), 1.0);
    }
    return shares(counts, prior, strength, false);
  }

  /**
   * Every pair blocking proposes for the two lists, as {left, right} indices: left records queried
   * against an index of the right list, in list order, so the same lists give the same pairs.
   */
  public List<int[]> candidatePairs() {
    CandidateIndex index = CandidateIndex.build(right);
    CandidateIndex.Cursor cursor = index.cursor();
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      int found = index.candidates(left.get(i), scorer.statistics(), cursor);
      for (int c = 0; c < found; c++) {
        pairs.add(new int[] {i, cursor.get(c)});
      }
    }
    return pairs;
  }

  /**
   * m of every level: the share of the known matching pairs ({left, right} indices) reaching it,
   * with the {@code prior} model's m counting as {@code strength} pairs: a labelled set shows some
   * disagreements rarely or never (its cities always agree), real lists do not.
   *
   * <p>A comparison that {@link Comparison#yieldsToKey yields to the account key} is counted only
   * on the pairs whose key does not agree. Name and website agreement are far from independent:
   * the true pairs that share a website have any name at all ("GE" / "General Electric"), so
   * counted over every pair, "nothing shared" looks common among matches and a name mismatch stops
   * counting against a match everywhere, also where no website decides. Where the key agrees, the
   * scorer drops such a comparison's evidence against anyway; where it does not agree, its m among
   * the pairs without that agreement is the m that decides.
   */
  public double[][] mFromPairs(List<int[]> matches, MatchModel prior, double strength) {
    List<Comparison> comparisons = scorer.model().comparisons();
    double[][] counts = emptyCounts();
    for (int[] p : matches) {
      add(counts, comparisons, observe(p[0], p[1]), 1.0);
    }
    return shares(counts, prior, strength, true);
  }

  /** Whether a pair reached a {@link Level.Rule#ACCOUNT_KEY} level (the same website). */
  static boolean keyAgrees(List<Comparison> comparisons, Observation[] seen) {
    for (int c = 0; c < seen.length; c++) {
      if (!seen[c].isMissing() && comparisons.get(c).levels().get(seen[c].level()).rule() == Level.Rule.ACCOUNT_KEY) {
        return true;
      }
    }
    return false;
  }

  /**
   * m of every level by expectation-maximisation over candidate pairs (u held fixed): each round
   * weighs every pair by its match probability under the current model and counts levels with
   * those weights (comparisons that yield to the account key only where it does not agree, as in
   * {@link #mFromPairs}). Term-frequency levels keep their pair-specific u throughout.
   *
   * @param candidates {left, right} index pairs, e.g. those blocking proposes
   */
  public MatchModel em(MatchModel start, List<int[]> candidates, int rounds, double strength) {
    return em(start, candidates, rounds, strength, null);
  }

  /**
   * {@link #em} with every round's m and u kept within {@link #bounded bounds} of {@code shipped}
   * (no bounds when {@code null}); the pseudo-observations come from {@code start}.
   */
  MatchModel em(MatchModel start, List<int[]> candidates, int rounds, double strength, MatchModel shipped) {
    List<Comparison> comparisons = scorer.model().comparisons();
    List<Observation[]> seen = new ArrayList<>(candidates.size());
    for (int[] p : candidates) {
      seen.add(observe(p[0], p[1]));
    }
    MatchModel model = start;
    for (int round = 0; round < rounds; round++) {
      PairScorer current = new PairScorer(model, scorer.statistics(), 0.5);
      double[][] counts = emptyCounts();
      for (Observation[] pair : seen) {
        add(counts, comparisons, pair, current.score(pair));
      }
      model = apply(model, scaledLike(shares(counts, start, strength, true), start), null);
      if (shipped != null) {
        model = bounded(model, shipped);
      }
    }
    return model;
  }

  /**
   * Shares of each comparison's levels scaled to the total m of {@code start}'s levels: EM says how
   * the matches spread over the levels; a hand-set comparison whose m do not add up to 1 (the name's
   * word levels each have m 0.999, their rarity deciding) keeps its scale, which the prior was set with.
   */
  private static double[][] scaledLike(double[][] shares, MatchModel start) {
    for (int c = 0; c < shares.length; c++) {
      double total = 0;
      for (Level l : start.comparisons().get(c).levels()) {
        total += l.m();
      }
      for (int l = 0; l < shares[c].length; l++) {
        shares[c][l] *= total;
      }
    }
    return shares;
  }

  /** Candidate pairs of one run drawn for {@link #forRun} are re-scored this many times. */
  public static final int RUN_ROUNDS = 4;
  /** Random pairs of the two lists behind a run's u. */
  public static final int RUN_RANDOM_PAIRS = 50_000;
  /**
   * How far one run may move a level's m or u from the shipped model, as a factor either way: the
   * lists of one run are a small, unlabelled sample, so they may sharpen the evidence (ln 2, 0.69
   * nats per probability at most), never rewrite it.
   */
  public static final double RUN_BOUND = 2.0;
  /** What the shipped m and u count as, in pairs, in a run's estimate. */
  static final double RUN_M_STRENGTH = 500;
  static final double RUN_U_STRENGTH = 2000;

  /**
   * The model re-estimated for the lists of one run, unsupervised, Splink-style: u from {@link
   * #RUN_RANDOM_PAIRS} seeded random pairs of the two lists, then m by {@link #RUN_ROUNDS} rounds of
   * expectation-maximisation over {@code candidates} (a sample of the pairs blocking proposes),
   * both starting from {@code shipped}'s probabilities as pseudo-observations and kept within
   * {@link #bounded bounds} of them. The prior is not re-estimated: the threshold was chosen with it.
   * Single-threaded and seeded: the same lists and candidates give the same model.
   */
  public MatchModel forRun(MatchModel shipped, List<int[]> candidates, long seed) {
    MatchModel withU = bounded(apply(shipped, null, uFromRandomPairs(RUN_RANDOM_PAIRS, seed, shipped, RUN_U_STRENGTH)), shipped);
    return em(withU, candidates, RUN_ROUNDS, RUN_M_STRENGTH, shipped);
  }

  /**
   * {@code model} with every level's m and u kept within a factor {@link #RUN_BOUND} of {@code
   * shipped}'s, and never turned against its shipped sign: a level that is evidence for a match
   * (m at least u) stays so, and one against stays against. Levels that decide the pair (the same
   * or different DUNS) keep the shipped probabilities.
   */
  static MatchModel bounded(MatchModel model, MatchModel shipped) {
    MatchModel out = model;
    for (Comparison c : model.comparisons()) {
      List<Level> reference = shipped.comparison(c.field()).levels();
      List<Level> next = new ArrayList<>();
      for (int l = 0; l < c.levels().size(); l++) {
        Level level = c.levels().get(l);
        Level s = reference.get(l);
        if (s.rule() == Level.Rule.FORCE_MATCH || s.rule() == Level.Rule.FORCE_NO_MATCH) {
          next.add(s);
          continue;
        }
        double m = within(level.m(), s.m());
        double u = within(level.u(), s.u());
        if (s.m() >= s.u()) {
          m = Math.max(m, u);
        } else {
          m = Math.min(m, u);
        }
        next.add(level.with(m, u));
      }
      out = out.withLevels(c.field(), next);
    }
    return out;
  }

  private static double within(double p, double reference) {
    return Math.max(reference / RUN_BOUND, Math.min(reference * RUN_BOUND, p));
  }

  /** {@code model} with the given m and u (either may be {@code null} to keep the model's). */
  public static MatchModel apply(MatchModel model, double[][] m, double[][] u) {
    MatchModel out = model;
    for (int c = 0; c < model.comparisons().size(); c++) {
      Comparison comparison = model.comparisons().get(c);
      List<Level> next = new ArrayList<>();
      for (int l = 0; l < comparison.levels().size(); l++) {
        Level level = comparison.levels().get(l);
        next.add(level.with(m == null ? level.m() : m[c][l], u == null ? level.u() : u[c][l]));
      }
      out = out.withLevels(comparison.field(), next);
    }
    return out;
  }

  private Observation[] observe(int i, int j) {
    return scorer.observe(left.get(i), leftWeights[i], right.get(j), rightWeights[j]);
  }

  private double[][] emptyCounts() {
    List<Comparison> comparisons = scorer.model().comparisons();
    double[][] counts = new double[comparisons.size()][];
    for (int c = 0; c < counts.length; c++) {
      counts[c] = new double[comparisons.get(c).levels().size()];
    }
    return counts;
  }

  private static void add(double[][] counts, Observation[] seen, double weight) {
    for (int c = 0; c < seen.length; c++) {
      if (!seen[c].isMissing()) {
        counts[c][seen[c].level()] += weight;
      }
    }
  }

  /** Counts a matching pair's levels, those of comparisons yielding to the key only where it does not agree. */
  private static void add(double[][] counts, List<Comparison> comparisons, Observation[] seen, double weight) {
    boolean key = keyAgrees(comparisons, seen);
    for (int c = 0; c < seen.length; c++) {
      if (!seen[c].isMissing() && !(key && comparisons.get(c).yieldsToKey())) {
        counts[c][seen[c].level()] += weight;
      }
    }
  }

  /** Shares of each level, the prior's probabilities (normalized per comparison) counting as {@code strength} observations. */
  private static double[][] shares(double[][] counts, MatchModel prior, double strength, boolean m) {
    double[][] out = new double[counts.length][];
    for (int c = 0; c < counts.length; c++) {
      List<Level> levels = prior.comparisons().get(c).levels();
      double priorTotal = 0;
      for (Level l : levels) {
        priorTotal += m ? l.m() : l.u();
      }
      double total = 0;
      double[] pseudo = new double[counts[c].length];
      for (int l = 0; l < counts[c].length; l++) {
        pseudo[l] = counts[c][l] + SMOOTHING + strength * (m ? levels.get(l).m() : levels.get(l).u()) / priorTotal;
        total += pseudo[l];
      }
      out[c] = new double[counts[c].length];
      for (int l = 0; l < counts[c].length; l++) {
        out[c][l] = pseudo[l] / total;
      }
    }
    return out;
  }
}
