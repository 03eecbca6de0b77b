package io.venn.bench;

import io.venn.bench.Datasets.Dataset;
import io.venn.bench.accuracy.AccuracyReport;
import io.venn.bench.accuracy.CorpusMistakes;
import io.venn.bench.accuracy.CorpusScore;
import io.venn.bench.accuracy.ErrorSamples;
import io.venn.bench.accuracy.Evaluation;
import io.venn.bench.accuracy.Evaluation.CurvePoint;
import io.venn.bench.accuracy.LabelledCorpus;
import io.venn.bench.accuracy.PredictedPair;
import io.venn.bench.jmh.Micro;
import io.venn.bench.report.Machine;
import io.venn.bench.report.ResultsWriter;
import io.venn.bench.report.RunResults;
import io.venn.bench.scale.AccountsIo;
import io.venn.bench.scale.ChildJvm;
import io.venn.bench.scale.ChildJvm.Outcome;
import io.venn.bench.scale.StageProfile;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.Pipeline;
import io.venn.read.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The whole benchmark in one command: accuracy (with a precision/recall curve), scale (10k, 100k,
 * 1M per list, each in a fresh JVM under a fixed heap), Duke side by side, and the JMH
 * micro-benchmarks; writes {@code benchmarks/RESULTS.md} and {@code benchmarks/results/} after every
 * phase, so an interrupted run still leaves what it measured.
 *
 * <p>Run from the repository root: {@code mvn -q -B package -DskipTests && java -Xmx6g -cp
 * benchmarks/target/venn-benchmarks.jar io.venn.bench.RunAll} ({@code --quick} for a smoke run; see
 * {@link RunOptions#USAGE}).
 */
public final class RunAll {
  /** The Venn run behind the curve uses this threshold; the curve filters its pairs upwards. */
  static final double CURVE_FLOOR = 0.30;
  /** Duke's configured threshold (the best F1 of a 5k trial; "best" is re-tuned on every run's data). */
  static final double DUKE_THRESHOLD = 0.85;
  static final double DUKE_FLOOR = 0.50;
  /** Classpath folders of the labelled real corpora (bundled from core/src/test/resources by the pom). */
  static final List<String> CORPORA = List.of("crm-corpus/dev", "crm-corpus/heldout", "us-listed-sec", "nyse-sec");
  /**
   * The only corpora whose mistakes are written out: rules are written from them and from nothing
   * else (a CRM-like dev part, and a listed-company list against a registry that nyse-sec is the
   * held-out check of).
   */
  static final List<String> TUNING_CORPORA = List.of("crm-corpus/dev", "us-listed-sec");

  private final RunOptions options;
  private final RunResults results;
  private final Map<Integer, Dataset> datasets = new HashMap<>();
  private final Map<Integer, VennRun> vennRuns = new HashMap<>();
  private final Map<Integer, List<CurvePoint>> dukeCurves = new HashMap<>();
  private final int threads = Runtime.getRuntime().availableProcessors();

  /** A finished Venn run at the default threshold and its score. */
  private record VennRun(Outcome outcome, AccuracyReport report) {}

  private RunAll(RunOptions options, RunResults results) {
    this.options = options;
    this.results = results;
  }

  /** The options that change what is measured; where files went (--work, --out) does not. */
  static String reproducible(String[] args) {
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--work") || args[i].equals("--out")) {
        i++;
        continue;
      }
      kept.append(' ').append(args[i]);
    }
    return kept.toString();
  }

  public static void main(String[] args) throws Exception {
    RunOptions options;
    try {
      options = RunOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    String command = "mvn -q -B -ntp package -DskipTests && java -Xmx6g -cp benchmarks/target/venn-benchmarks.jar io.venn.bench.RunAll"
        + reproducible(args);
    RunAll run = new RunAll(options, new RunResults(Machine.describe(), command, options.seed()));
    Files.createDirectories(options.work());
    System.out.println("Venn benchmarks: work dir " + options.work() + ", results to " + options.out().resolve("RESULTS.md"));
    if (options.corpusOnly()) {
      run.corpus();
      ResultsWriter.writeCorpusOnly(run.results, options.out());
      System.out.println("done: corpus section of " + options.out().resolve("RESULTS.md"));
      return;
    }
    run.phase("accuracy", run::accuracy);
    run.phase("labelled corpora", run::corpus);
    run.phase("scale", run::scale);
    run.phase("peer (Duke)", run::peers);
    if (options.runJmh()) {
      run.phase("micro (JMH)", () -> run.results.setMicro(Micro.run(options.quick())));
    } else {
      run.results.note("JMH micro-benchmarks skipped (--no-jmh).");
    }
    ResultsWriter.write(run.results, options.out());
    System.out.println("done: " + options.out().resolve("RESULTS.md"));
  }

  @FunctionalInterface
  private interface Phase {
    void run() throws Exception;
  }

  private void phase(String name, Phase phase) throws IOException {
    long start = System.nanoTime();
    System.out.println("== " + name);
    try {
      phase.run();
    } catch (Exception | OutOfMemoryError e) {
      results.note("Phase " + name + " failed: " + e);
      System.out.println("  FAILED: " + e);
      e.printStackTrace(System.out);
    }
    System.out.printf("== %s: %.1f s%n", name, (System.nanoTime() - start) / 1e9);
    ResultsWriter.write(results, options.out());
  }

  private void accuracy() throws Exception {
    Dataset ds = dataset(options.accuracySize());
    Path pairsFile = ds.dir().resolve("venn-curve-pairs.csv");
    Outcome curveRun = child("venn " + label(ds) + " curve", "venn", ds, pairsFile, CURVE_FLOOR, options.budgetSeconds());
    List<CurvePoint> curve = List.of();
    if (curveRun.ok()) {
      List<PredictedPair> low = AccountsIo.readPairs(pairsFile);
      curve = Evaluation.curve(ds.truth(), low, thresholds(CURVE_FLOOR), true);
      AccuracyReport filtered = Evaluation.evaluate(ds.truth(), low, MatchConfig.DEFAULT_THRESHOLD, true);
      VennRun exact = venn(ds);
      if (exact != null && !filtered.overall().equals(exact.report().overall())) {
        results.note("The curve (filtered from a run at " + CURVE_FLOOR + ") and the run at the default threshold disagree at "
            + MatchConfig.DEFAULT_THRESHOLD + ": " + filtered.overall() + " vs " + exact.report().overall()
            + ". Broker mode hashes with fixed seeds, so both runs should score every pair alike: a difference is worth "
            + "looking into. The tables use the run at the default threshold.");
      }
    } else {
      results.note("Venn curve run failed: " + curveRun.failure());
    }
    VennRun exact = venn(ds);
    if (exact == null) {
      throw new IllegalStateException("Venn did not finish the accuracy run: see notes");
    }
    results.setAccuracy(new RunResults.Accuracy(
        ds.size(), exact.report(), curve, dukeCurves.get(ds.size()), errors(ds, ds.dir().resolve("venn-pairs.csv"))));
  }

  /** The labelled real corpora, in-process (each is a few thousand records a side: seconds). */
  private void corpus() throws IOException {
    // The engine loads its resources on first use: warm it up so the first corpus's time is matching only.
    LabelledCorpus first = LabelledCorpus.load(CORPORA.get(0));
    Pipeline.match(first.left().subList(0, 100), first.right().subList(0, 100), MatchConfig.defaults());
    for (String folder : CORPORA) {
      LabelledCorpus corpus = LabelledCorpus.load(folder);
      CorpusScore.Prediction prediction = CorpusScore.predict(corpus);
      CorpusScore score = CorpusScore.of(corpus, prediction.pairs(), prediction.seconds());
      results.addCorpus(score);
      System.out.printf("  %s: precision %.4f recall %.4f, match %.1f s%n", folder, score.overall().precision(),
          score.overall().recall(), score.seconds());
      if (TUNING_CORPORA.contains(folder)) {
        Path dir = options.work().resolve(folder.replace('/', '-'));
        CorpusMistakes.write(corpus, prediction.pairs(), dir);
        System.out.println("  " + folder + " mistakes, explained: " + dir);
      }
    }
  }

  private void scale() throws Exception {
    for (int size : options.scaleSizes()) {
      Dataset ds = dataset(size);
      // The floor first, on the same files with the same heap: an exact-key hash join.
      Outcome naive = child("naive " + label(ds), "naive", ds, ds.dir().resolve("naive-pairs.csv"), 1.0, options.budgetSeconds());
      VennRun run = venn(ds);
      Path jfr = jfrFile(ds);
      Map<String, Long> stages = Files.exists(jfr) ? StageProfile.samples(jfr) : Map.of();
      results.addScale(new RunResults.Scale(
          size, options.heap(), vennOutcome(ds), run == null ? null : run.report().overall(), naive, stages));
      ResultsWriter.write(results, options.out());
    }
  }

  private void peers() throws Exception {
    for (int size : options.dukeSizes()) {
      Dataset ds = dataset(size);
      VennRun venn = venn(ds);
      Path pairsFile = ds.dir().resolve("duke-pairs.csv");
      Outcome duke = child("duke " + label(ds), "duke", ds, pairsFile, DUKE_FLOOR, options.dukeBudgetSeconds());
      RunResults.Peer peer;
      if (duke.ok()) {
        List<PredictedPair> pairs = AccountsIo.readPairs(pairsFile);
        List<CurvePoint> curve = Evaluation.curve(ds.truth(), pairs, thresholds(DUKE_FLOOR), true);
        dukeCurves.put(size, curve);
        CurvePoint best = curve.stream().max(java.util.Comparator.comparingDouble(p -> p.metrics().f1())).orElseThrow();
        var atConfigured = Evaluation.evaluate(ds.truth(), pairs, DUKE_THRESHOLD, true).overall();
        peer = new RunResults.Peer(size, vennOutcome(ds), venn == null ? null : venn.report().overall(), duke, DUKE_THRESHOLD,
            atConfigured, best.threshold(), best.metrics());
      } else {
        results.note("Duke at " + size + " x " + size + ": " + duke.failure());
        peer = new RunResults.Peer(size, vennOutcome(ds), venn == null ? null : venn.report().overall(), duke, DUKE_THRESHOLD, null,
            Double.NaN, null);
      }
      results.addPeer(peer);
      if (results.accuracy() != null && results.accuracy().size() == size && dukeCurves.containsKey(size)) {
        results.setAccuracy(new RunResults.Accuracy(
            size, results.accuracy().venn(), results.accuracy().vennCurve(), dukeCurves.get(size), results.accuracy().errors()));
      }
      ResultsWriter.write(results, options.out());
    }
  }

  private static List<ErrorSamples.Example> errors(Dataset ds, Path pairsFile) throws IOException {
    Map<String, Account> left = byId(AccountsIo.read(ds.left()).accounts());
    Map<String, Account> right = byId(AccountsIo.read(ds.right()).accounts());
    return ErrorSamples.pick(ds.truth(), AccountsIo.readPairs(pairsFile), left, right, 8);
  }

  private static Map<String, Account> byId(List<Account> accounts) {
    Map<String, Account> out = new HashMap<>();
    accounts.forEach(a -> out.put(a.id(), a));
    return out;
  }

  /** The Venn run at the default threshold for this dataset, run once and reused by every phase. */
  private VennRun venn(Dataset ds) throws Exception {
    if (!vennRuns.containsKey(ds.size())) {
      Path pairsFile = ds.dir().resolve("venn-pairs.csv");
      Outcome o = child("venn " + label(ds), "venn", ds, pairsFile, MatchConfig.DEFAULT_THRESHOLD, options.budgetSeconds());
      AccuracyReport report = null;
      if (o.ok()) {
        report = Evaluation.evaluate(ds.truth(), AccountsIo.readPairs(pairsFile), MatchConfig.DEFAULT_THRESHOLD, true);
        if (o.result().reader().equals(AccountsIo.ReaderUsed.STAND_IN.name())) {
          results.note("Venn's CsvAccountReader was still a stub when this ran: the lists were read by the harness's stand-in "
              + "commons-csv reader (AccountsIo), so read times are not Venn's.");
        }
      } else {
        results.note("Venn at " + ds.size() + " x " + ds.size() + ": " + o.failure());
      }
      vennRuns.put(ds.size(), new VennRun(o, report));
    }
    VennRun run = vennRuns.get(ds.size());
    return run.report() == null ? null : run;
  }

  private Outcome vennOutcome(Dataset ds) {
    return vennRuns.get(ds.size()).outcome();
  }

  private Outcome child(String label, String engine, Dataset ds, Path pairs, double threshold, long budget) throws Exception {
    System.out.println("  " + label + ": threshold " + threshold + ", -Xmx" + options.heap() + ", budget " + budget + " s");
    Path gc = ds.dir().resolve("gc-" + label.replace(' ', '-') + ".log");
    // Venn runs record a JFR profile (default settings: a sample every 20 ms per thread, ~1% overhead).
    // Venn and its floor, the exact-key join, start with the JVM options the CLI would run this match
    // with (io.venn.cli.JvmTuning: a large match relaunches with the parallel collector and huge pages),
    // so the floor's ratio is the engines', not the JVMs'. Duke keeps the default JVM (C1 alone suits
    // Venn's short runs, not a peer's).
    List<String> jvm = new java.util.ArrayList<>();
    if (engine.equals("venn")) {
      jvm.add("-XX:StartFlightRecording=filename=" + jfrFile(ds).toAbsolutePath());
    }
    if (engine.equals("venn") || engine.equals("naive")) {
      jvm.addAll(io.venn.cli.JvmTuning.flagsFor(java.nio.file.Files.size(ds.left()) + java.nio.file.Files.size(ds.right())));
    }
    Outcome o = ChildJvm.run(label, options.heap(), budget, gc, jvm, engine, ds.left().toString(), ds.right().toString(), pairs.toString(),
        Double.toString(threshold), Integer.toString(threads));
    System.out.println("  " + label + ": " + (o.ok()
        ? String.format("read %.1f s + match %.1f s, %,d pairs", o.result().readMillis() / 1e3, o.result().matchMillis() / 1e3, o.result().matches())
        : o.failure()));
    return o;
  }

  private static Path jfrFile(Dataset ds) {
    return ds.dir().resolve("venn-" + label(ds) + ".jfr");
  }

  private Dataset dataset(int size) throws IOException {
    Dataset ds = datasets.get(size);
    if (ds == null) {
      ds = Datasets.create(options.work(), size, options.seed());
      datasets.put(size, ds);
    }
    return ds;
  }

  private static String label(Dataset ds) {
    int n = ds.size();
    return n % 1_000_000 == 0 ? n / 1_000_000 + "M" : n % 1_000 == 0 ? n / 1_000 + "k" : Integer.toString(n);
  }

  /** Every hundredth from {@code floor} to 0.99, plus the default threshold. */
  static List<Double> thresholds(double floor) {
    TreeSet<Double> out = new TreeSet<>();
    for (int t = (int) Math.round(floor * 100); t <= 99; t++) {
      out.add(t / 100.0);
    }
    out.add(MatchConfig.DEFAULT_THRESHOLD);
    return new ArrayList<>(out);
  }
}
