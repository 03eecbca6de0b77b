package io.venn.bench.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.venn.decide.Estimator;
import io.venn.decide.MatchModel;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Estimates the default model that venn-core ships ({@code io/venn/decide/model.json}) from the
 * TRAINING parts of labelled sets, reproducibly (fixed seed, one thread, starting from the fixed
 * {@code hand-set.json} beside this class):
 *
 * <ol>
 *   <li>u of every level from random pairs of each set's two lists (Splink's method);
 *   <li>m of every level from the set's labelled matching pairs; the comparisons that yield to the
 *       website (name, state, city, phone) only on the pairs that do not share one, since name and
 *       website agreement are dependent ({@link Estimator#mFromPairs});
 *   <li>{@code --u-among-candidates FIELD,...}: these comparisons take their u from the labelled
 *       non-matching pairs that blocking proposes instead ({@link Estimator#uFromPairs}): agreement
 *       on a city or country goes with name agreement among different companies (a parent and its
 *       subsidiary), which random pairs do not show;
 *   <li>{@code --keep FIELD,...}: comparisons whose estimate loses accuracy on held-out parts keep
 *       their hand-set probabilities (the shipped model.json says which, and README gives the figures);
 *   <li>the prior, the one number not of the Fellegi-Sunter form here (word-rarity evidence is scaled
 *       to the lists, not to all pairs), swept: the most recall keeping pooled precision at or above
 *       {@link #MIN_PRECISION}; or {@code --keep-prior}: the hand-set one.
 * </ol>
 *
 * <pre>
 * java -cp benchmarks/target/venn-benchmarks.jar io.venn.bench.model.EstimateModel \
 *     --out core/src/main/resources/io/venn/decide/model.json --baseline --keep name,country,state,city --keep-prior \
 *     core/src/test/resources/crm-corpus/dev core/src/test/resources/accuracy:even \
 *     --report core/src/test/resources/crm-corpus/heldout --report core/src/test/resources/accuracy:odd \
 *     --report core/src/test/resources/nyse-sec
 * </pre>
 *
 * Never pass a held-out part for training: the figures reported on it would mean nothing.
 */
public final class EstimateModel {
  static final long SEED = 20261202L;
  static final int RANDOM_PAIRS = 300_000;
  static final double MIN_PRECISION = 0.998;
  /**
   * How many labelled pairs the hand-set model's probabilities count as. Labelled
   * sets are cleaner than CRM exports (their cities always agree), so the beliefs keep a say.
   */
  static final double M_STRENGTH = 500;
  static final double U_STRENGTH = 2000;

  private EstimateModel() {}

  public static void main(String[] args) throws IOException {
    Path out = null;
    boolean baseline = false;
    boolean sweep = true;
    Set<String> keep = new TreeSet<>();
    Set<String> uAmongCandidates = new TreeSet<>();
    String why = "";
    List<LabelledLists> sets = new ArrayList<>();
    List<LabelledLists> reports = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out")) {
        out = Path.of(args[++i]);
      } else if (args[i].equals("--keep")) {
        keep.addAll(List.of(args[++i].split(",")));
      } else if (args[i].equals("--u-among-candidates")) {
        uAmongCandidates.addAll(List.of(args[++i].split(",")));
      } else if (args[i].equals("--why")) {
        why = " Why: " + args[++i];
      } else if (args[i].equals("--keep-prior")) {
        sweep = false;
      } else if (args[i].equals("--baseline")) {
        baseline = true;
      } else if (args[i].equals("--report")) {
        reports.add(LabelledLists.load(args[++i]));
      } else {
        sets.add(LabelledLists.load(args[i]));
      }
    }
    if (out == null || sets.isEmpty()) {
      System.err.println("usage: EstimateModel --out model.json [--baseline] [--keep FIELD,...] [--u-among-candidates FIELD,...] [--keep-prior] [--why TEXT] TRAIN_DIR... [--report HELD_OUT_DIR]... (each with left.csv, right.csv, truth.csv)");
      System.exit(2);
    }
    if (baseline) {
      // The shipped model on the same parts, in the same run: what the estimate must not fall below.
      for (LabelledLists set : sets) {
        report("shipped, training", set, MatchModel.standard());
      }
      for (LabelledLists set : reports) {
        report("shipped, HELD-OUT", set, MatchModel.standard());
      }
      // The same with per-run estimation (MatchConfig.estimate), to decide whether it is on by default.
      for (LabelledLists set : sets) {
        report("shipped + per-run EM, training", set, MatchModel.standard(), true);
      }
      for (LabelledLists set : reports) {
        report("shipped + per-run EM, HELD-OUT", set, MatchModel.standard(), true);
      }
    }
    MatchModel handSet = handSet();
    for (String field : uAmongCandidates) {
      if (handSet.comparisons().stream().noneMatch(c -> c.field().equals(field))) {
        System.err.println("--u-among-candidates: no comparison '" + field + "'; the model compares "
            + handSet.comparisons().stream().map(c -> c.field()).toList());
        System.exit(2);
      }
    }
    MatchModel model = estimate(sets, handSet, uAmongCandidates);
    for (String field : keep) {
      model = model.withLevels(field, handSet.comparison(field).levels());
    }
    model = model.withPrior(sweep ? sweepPrior(model, sets) : handSet.prior());
    String source = "EstimateModel (benchmarks) on " + sets.stream().map(LabelledLists::name).toList()
        + ", seed " + SEED + ", " + RANDOM_PAIRS + " random pairs per set, starting from io/venn/bench/model/hand-set.json"
        + (uAmongCandidates.isEmpty() ? "" : "; u of " + uAmongCandidates + " among the non-matching pairs blocking proposes")
        + (keep.isEmpty() ? "" : "; hand-set kept for " + keep) + (sweep ? "; prior swept" : "; hand-set prior kept") + "." + why
        + " Reproduce: java -cp benchmarks/target/venn-benchmarks.jar io.venn.bench.model.EstimateModel "
        + String.join(" ", java.util.Arrays.stream(args).map(a -> a.contains(" ") ? "'" + a + "'" : a).toList());
    Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(model.toJson(source)) + "\n");
    System.out.print(model.describe());
    System.out.println("written to " + out);
    for (LabelledLists set : sets) {
      report("training", set, model);
    }
    for (LabelledLists set : reports) {
      report("HELD-OUT", set, model);
    }
  }

  /**
   * The hand-set model every estimate starts from: a fixed file, not the shipped model, so that
   * estimating again gives the same model.json rather than drifting from the last estimate.
   */
  static MatchModel handSet() throws IOException {
    try (java.io.InputStream in = EstimateModel.class.getResourceAsStream("hand-set.json")) {
      return MatchModel.standard().withProbabilities(new ObjectMapper().readTree(in));
    }
  }

  private static void report(String kind, LabelledLists set, MatchModel model) {
    report(kind, set, model, false);
  }

  private static void report(String kind, LabelledLists set, MatchModel model, boolean perRun) {
    long[] c = set.count(Pipeline.match(set.left(), set.right(), MatchConfig.builder().model(model).estimate(perRun).build()));
    System.out.printf(Locale.ROOT, "%s %s: precision %.4f recall %.4f (tp %d, predicted %d, actual %d)%n",
        kind, set.name(), c[1] == 0 ? 1.0 : (double) c[0] / c[1], (double) c[0] / c[2], c[0], c[1], c[2]);
  }

  /** m and u pooled over the sets, each set weighted by its number of labelled pairs (m) or samples (u). */
  static MatchModel estimate(List<LabelledLists> sets, MatchModel start) {
    return estimate(sets, start, Set.of());
  }

  /**
   * @param uAmongCandidates comparisons whose u comes from the non-matching pairs blocking proposes
   *     ({@link Estimator#uFromPairs}) rather than from random pairs
   */
  static MatchModel estimate(List<LabelledLists> sets, MatchModel start, Set<String> uAmongCandidates) {
    double[][] m = null;
    double[][] u = null;
    long pairs = 0;
    for (LabelledLists set : sets) {
      Estimator estimator = Pipeline.estimator(set.left(), set.right(), MatchConfig.builder().model(start).threads(1).build());
      double[][] setM = estimator.mFromPairs(set.truth(), start, M_STRENGTH);
      double[][] setU = estimator.uFromRandomPairs(RANDOM_PAIRS, SEED, start, U_STRENGTH);
      if (!uAmongCandidates.isEmpty()) {
        double[][] amongCandidates = estimator.uFromPairs(set.nonMatching(estimator.candidatePairs()), start, U_STRENGTH);
        for (int c = 0; c < setU.length; c++) {
          if (uAmongCandidates.contains(start.comparisons().get(c).field())) {
            setU[c] = amongCandidates[c];
          }
        }
      }
      m = blend(m, pairs, setM, set.truth().size());
      u = blend(u, sets.indexOf(set), setU, 1);
      pairs += set.truth().size();
    }
    return Estimator.apply(start, m, u);
  }

  private static double[][] blend(double[][] sum, long sumWeight, double[][] next, long weight) {
    if (sum == null) {
      return next;
    }
    double[][] out = new double[sum.length][];
    for (int c = 0; c < sum.length; c++) {
      out[c] = new double[sum[c].length];
      for (int l = 0; l < sum[c].length; l++) {
        out[c][l] = (sum[c][l] * sumWeight + next[c][l] * weight) / (sumWeight + weight);
      }
    }
    return out;
  }

  static double sweepPrior(MatchModel model, List<LabelledLists> sets) {
    double best = Double.NaN;
    long bestTp = -1;
    for (double prior = -12; prior <= -1; prior += 0.5) {
      long tp = 0;
      long predicted = 0;
      long actual = 0;
      for (LabelledLists set : sets) {
        long[] c = set.count(Pipeline.match(set.left(), set.right(), MatchConfig.builder().model(model.withPrior(prior)).build()));
        tp += c[0];
        predicted += c[1];
        actual += c[2];
      }
      double precision = predicted == 0 ? 1 : (double) tp / predicted;
      System.out.printf(Locale.ROOT, "prior %+.2f: precision %.4f recall %.4f%n", prior, precision, (double) tp / actual);
      if (precision >= MIN_PRECISION && tp > bestTp) {
        bestTp = tp;
        best = prior;
      }
    }
    if (Double.isNaN(best)) {
      throw new IllegalStateException("no prior reaches precision " + MIN_PRECISION);
    }
    return best;
  }
}
