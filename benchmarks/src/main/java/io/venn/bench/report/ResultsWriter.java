package io.venn.bench.report;

import static io.venn.bench.report.Targets.f1;
import static io.venn.bench.report.Targets.f3;
import static io.venn.bench.report.Targets.f4;
import static io.venn.bench.report.Targets.gib;
import static io.venn.bench.report.Targets.n;

import io.venn.bench.accuracy.AccuracyReport;
import io.venn.bench.accuracy.ErrorSamples;
import io.venn.bench.accuracy.Evaluation.CurvePoint;
import io.venn.bench.accuracy.Metrics;
import io.venn.bench.accuracy.Share;
import io.venn.bench.data.HardNegativeKind;
import io.venn.bench.data.VariationKind;
import io.venn.bench.jmh.Micro;
import io.venn.bench.scale.ChildJvm.Outcome;
import io.venn.pipeline.MatchConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders {@link RunResults} as {@code RESULTS.md} plus PNG plots and CSV data under {@code results/}. */
public final class ResultsWriter {
  /** The line after which RESULTS.md is written by hand; a full run keeps it and what follows. */
  public static final String HAND_WRITTEN = "<!-- Written by hand from their own harnesses below this line: RunAll keeps it. -->";

  private ResultsWriter() {}

  /**
   * Writes {@code dir/RESULTS.md} and {@code dir/results/*}; safe to call after every phase.
   *
   * @throws IOException if a file cannot be written
   */
  public static void write(RunResults r, Path dir) throws IOException {
    Path res = dir.resolve("results");
    Files.createDirectories(res);
    StringBuilder md = new StringBuilder();
    header(md, r);
    targets(md, r);
    accuracy(md, r, res);
    md.append(CorpusSection.render(r));
    scale(md, r, res);
    FloorSection.write(md, r);
    peers(md, r);
    micro(md, r);
    method(md, r);
    Path file = dir.resolve("RESULTS.md");
    md.append(handWritten(file));
    Files.writeString(file, md.toString());
  }

  /**
   * Everything from {@link #HAND_WRITTEN} on in the existing file: the sections other harnesses'
   * runs are written up in (fuzzing, attacks, the service), which a full run must not erase.
   */
  static String handWritten(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "";
    }
    String old = Files.readString(file);
    int at = old.indexOf(HAND_WRITTEN);
    return at < 0 ? "" : "\n" + old.substring(at);
  }

  /**
   * Refreshes only the labelled-corpus section of {@code dir/RESULTS.md} (a {@code --corpus-only}
   * run), leaving the other sections as their last full run wrote them; writes a new file if none.
   *
   * @throws IOException if the file cannot be read or written
   */
  public static void writeCorpusOnly(RunResults r, Path dir) throws IOException {
    Path file = dir.resolve("RESULTS.md");
    if (!Files.exists(file)) {
      write(r, dir);
      return;
    }
    Files.writeString(file, CorpusSection.splice(Files.readString(file), CorpusSection.render(r)));
  }

  private static void header(StringBuilder md, RunResults r) {
    Machine m = r.machine();
    md.append("# Venn benchmarks: results\n\n");
    md.append("Reproduce from the repository root (one command; about 10 to 20 minutes on 2 cores):\n\n");
    md.append("```\n").append(r.command()).append("\n```\n\n");
    md.append("`benchmarks/run.sh` does the same; `--quick` is a smoke run of a few minutes; a bad option prints the usage. ");
    md.append("Micro-benchmarks alone: `java -jar benchmarks/target/venn-benchmarks.jar` (JMH defaults).\n\n");
    md.append(String.format(Locale.ROOT, "Run of %s, %.1f min, seed %d. Machine: %d cores (%s), %s RAM, %s, %s.%n%n",
        Instant.ofEpochMilli(r.startedMillis()), (System.currentTimeMillis() - r.startedMillis()) / 60000.0, r.seed(),
        m.cores(), m.cpu(), gib(m.memoryBytes()), m.jvm(), m.os()));
    md.append("Data: two generated partner lists per size (`io.venn.bench.data.PartnerListGenerator`), built from 27,962 real ")
        .append("listed companies (FinanceDatabase, MIT; `benchmarks/src/main/resources/io/venn/bench/data/SOURCE.txt`) and, ")
        .append("beyond those, distinct synthetic companies recombined from real name words. 40% of each list's companies are ")
        .append("on the other list, 2% of records are duplicates within their list, 3% of the right list are hard negatives; ")
        .append("each true pair differs by zero to three labelled kinds of variation.\n\n");
  }

  private static void targets(StringBuilder md, RunResults r) {
    md.append("## Targets\n\n| target | measured | verdict |\n|---|---|---|\n");
    List<String> missed = new ArrayList<>();
    for (Targets.Row row : Targets.check(r)) {
      md.append("| ").append(row.target()).append(" | ").append(row.measured()).append(" | ").append(row.verdict()).append(" |\n");
      if (Boolean.FALSE.equals(row.met())) {
        missed.add(row.target() + " (measured: " + row.measured() + ")");
      }
    }
    md.append('\n');
    if (!missed.isEmpty()) {
      md.append("**Missed in this run:** ").append(String.join("; ", missed)).append(".\n\n");
    }
  }

  private static void accuracy(StringBuilder md, RunResults r, Path res) throws IOException {
    if (r.accuracy() == null) {
      md.append("## Accuracy\n\nNot measured in this run (see notes).\n\n");
      return;
    }
    RunResults.Accuracy a = r.accuracy();
    AccuracyReport v = a.venn();
    Metrics m = v.overall();
    md.append("## Accuracy: ").append(n(a.size())).append(" x ").append(n(a.size())).append(" at the default threshold ")
        .append(MatchConfig.DEFAULT_THRESHOLD).append("\n\n");
    md.append("| precision | recall | F1 | true positives | false positives | false negatives |\n|---|---|---|---|---|---|\n");
    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %,d |%n%n", f4(m.precision()), f4(m.recall()), f4(m.f1()),
        m.truePositives(), m.falsePositives(), m.falseNegatives()));
    md.append("### Recall per kind of variation\n\nA pair counts under every kind it carries (pairs have one to three). ")
        .append("Companies with one record per list; DUPLICATE counts companies with a second record in a list, found when any of their pairs is.\n\n");
    md.append("| kind | what differs | pairs | found | recall |\n|---|---|---|---|---|\n");
    for (Map.Entry<VariationKind, Share> e : v.recallByKind().entrySet()) {
      Share s = e.getValue();
      String rate = s.total() == 0 ? "-" : f3(s.rate()) + (s.rate() < Targets.KIND_RECALL ? " **below 0.90**" : "");
      md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %s |%n", e.getKey(), e.getKey().description(), s.total(), s.hits(), rate));
    }
    md.append("\n### Hard negatives (different companies made to look alike)\n\n");
    md.append("| kind | look-alikes | wrongly matched | kept apart |\n|---|---|---|---|\n");
    for (Map.Entry<HardNegativeKind, Share> e : v.negativesMatched().entrySet()) {
      Share s = e.getValue();
      md.append(String.format(Locale.ROOT, "| %s: %s | %,d | %,d | %s |%n", e.getKey(), e.getKey().description(), s.total(), s.hits(),
          f3(1 - s.rate())));
    }
    Share all = v.negativesMatchedTotal();
    md.append(String.format(Locale.ROOT, "| all | %,d | %,d | %s |%n%n", all.total(), all.hits(), f3(1 - all.rate())));
    curve(md, a, res);
    errors(md, a);
  }

  private static void errors(StringBuilder md, RunResults.Accuracy a) {
    if (a.errors() == null || a.errors().isEmpty()) {
      return;
    }
    md.append("### Sample errors at the default threshold\n\nFirst by id: false matches that are not hard negatives, false ")
        .append("matches on hard negatives, then misses (companies with one record per list). Full data in the work directory ")
        .append("(`n").append(a.size()).append("/venn-pairs.csv`, `truth.csv`).\n\n");
    md.append("| error | label | score | left record | right record |\n|---|---|---|---|---|\n");
    for (ErrorSamples.Example e : a.errors()) {
      md.append("| ").append(e.falseMatch() ? "false match" : "missed").append(" | ").append(e.label()).append(" | ")
          .append(Double.isNaN(e.score()) ? "-" : f3(e.score())).append(" | ").append(describe(e.left())).append(" | ")
          .append(describe(e.right())).append(" |\n");
    }
    md.append('\n');
  }

  private static String describe(io.venn.read.Account a) {
    if (a == null) {
      return "?";
    }
    return (a.id() + ": " + a.name() + " · " + a.domain() + " · " + a.country() + " · " + a.city()).replace("|", "\\|");
  }

  private static void curve(StringBuilder md, RunResults.Accuracy a, Path res) throws IOException {
    if (a.vennCurve().isEmpty()) {
      md.append("No precision/recall curve: the low-threshold run did not finish (see notes).\n\n");
      return;
    }
    StringBuilder csv = new StringBuilder("engine,threshold,precision,recall,f1,true_positives,false_positives,false_negatives\n");
    LinePlot plot = new LinePlot("Precision and recall vs threshold (" + n(a.size()) + " x " + n(a.size()) + ")", "threshold",
        "precision / recall", false, false).xRange(a.vennCurve().isEmpty() ? 0.3 : a.vennCurve().get(0).threshold(), 1.0);
    addCurve(csv, plot, "venn", a.vennCurve(), false);
    if (a.dukeCurve() != null && !a.dukeCurve().isEmpty()) {
      addCurve(csv, plot, "duke", a.dukeCurve(), true);
    }
    Files.writeString(res.resolve("pr-curve.csv"), csv.toString());
    plot.write(res.resolve("pr-curve.png"));
    md.append("### Precision / recall over thresholds\n\n![precision and recall vs threshold](results/pr-curve.png)\n\n")
        .append("Data: `results/pr-curve.csv` (Venn from one run at threshold ").append(a.vennCurve().get(0).threshold())
        .append(", Duke from one run at 0.5; a greedy one-to-one matcher keeps, at threshold t, exactly its lower-threshold pairs scoring >= t).\n\n");
    md.append("| threshold | precision | recall | F1 |\n|---|---|---|---|\n");
    for (CurvePoint p : a.vennCurve()) {
      double t = p.threshold();
      if (Math.abs(t * 20 - Math.round(t * 20)) < 1e-9 || Math.abs(t - MatchConfig.DEFAULT_THRESHOLD) < 1e-9 || t >= 0.97) {
        md.append(String.format(Locale.ROOT, "| %.2f | %s | %s | %s |%n", t, f4(p.metrics().precision()), f4(p.metrics().recall()),
            f4(p.metrics().f1())));
      }
    }
    md.append('\n');
  }

  private static void addCurve(StringBuilder csv, LinePlot plot, String engine, List<CurvePoint> curve, boolean dashed) {
    List<double[]> precision = new ArrayList<>();
    List<double[]> recall = new ArrayList<>();
    for (CurvePoint p : curve) {
      Metrics m = p.metrics();
      csv.append(String.format(Locale.ROOT, "%s,%.2f,%.6f,%.6f,%.6f,%d,%d,%d%n", engine, p.threshold(), m.precision(), m.recall(), m.f1(),
          m.truePositives(), m.falsePositives(), m.falseNegatives()));
      precision.add(new double[] {p.threshold(), m.precision()});
      recall.add(new double[] {p.threshold(), m.recall()});
    }
    plot.add(new LinePlot.Series(engine + " precision", precision, dashed));
    plot.add(new LinePlot.Series(engine + " recall", recall, dashed));
  }

  private static void scale(StringBuilder md, RunResults r, Path res) throws IOException {
    md.append("## Scale: read -> matrix, one fresh JVM per size\n\n");
    if (r.scale().isEmpty()) {
      md.append("Not measured in this run.\n\n");
      return;
    }
    RunResults.Scale base = r.scale().stream().filter(s -> s.outcome().ok()).findFirst().orElse(null);
    md.append("Each size: the two lists written as CSV first, then a new JVM (`-Xmx` as shown, GC log on) reads them with ")
        .append("`CsvAccountReader` and runs `Pipeline.match` with the default config (all cores). Time ratios are against the ")
        .append(base == null ? "first" : n(base.size())).append(" run of this table; a per-record ratio near 1 means linear growth.\n\n");
    md.append("| N x N | read s | match s | total s | records/s | time ratio | per-record ratio | peak heap (GC log) | max left after GC | heap pools peak | -Xmx | F1 |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    StringBuilder csv = new StringBuilder("size,read_ms,match_ms,total_ms,records_per_s,gc_peak_bytes,gc_live_bytes,pool_peak_bytes,f1\n");
    List<double[]> points = new ArrayList<>();
    List<double[]> linear = new ArrayList<>();
    for (RunResults.Scale s : r.scale()) {
      Outcome o = s.outcome();
      if (!o.ok()) {
        md.append("| ").append(n(s.size())).append(" | - | - | ").append(o.timedOut() ? "> " + f1(o.wallMillis() / 1000.0) + " (budget)" : "failed")
            .append(" | - | - | - | - | - | - | ").append(s.heap()).append(" | - |\n");
        continue;
      }
      var w = o.result();
      double ratio = base == null ? Double.NaN : w.totalMillis() / (double) base.outcome().result().totalMillis();
      double perRecord = ratio * base.size() / s.size();
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %,.0f | %s | %s | %s | %s | %s | %s | %s |%n", n(s.size()),
          f1(w.readMillis() / 1000.0), f1(w.matchMillis() / 1000.0), f1(w.totalMillis() / 1000.0), w.recordsPerSecond(),
          f1(ratio) + "x", f3(perRecord), gib(o.gcPeakBytes()), gib(o.gcLiveBytes()), gib(w.heapPeakBytes()), s.heap(),
          s.metrics() == null ? "-" : f4(s.metrics().f1())));
      csv.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%.0f,%d,%d,%d,%s%n", s.size(), w.readMillis(), w.matchMillis(), w.totalMillis(),
          w.recordsPerSecond(), o.gcPeakBytes(), o.gcLiveBytes(), w.heapPeakBytes(), s.metrics() == null ? "" : f4(s.metrics().f1())));
      points.add(new double[] {s.size(), w.totalMillis() / 1000.0});
      if (base != null) {
        linear.add(new double[] {s.size(), base.outcome().result().totalMillis() / 1000.0 * s.size() / base.size()});
      }
    }
    md.append('\n');
    if (points.size() >= 2) {
      Files.writeString(res.resolve("scale.csv"), csv.toString());
      new LinePlot("End-to-end time vs list size (log-log)", "records per list", "seconds", true, true).legendTop()
          .add(new LinePlot.Series("Venn, read -> matrix", points, false))
          .add(new LinePlot.Series("linear from the smallest run", linear, true))
          .write(res.resolve("scale.png"));
      md.append("![time vs size](results/scale.png)\n\nData: `results/scale.csv`.\n\n");
    }
  }

  private static void peers(StringBuilder md, RunResults r) {
    md.append("## Peer: Duke 1.2 on the same lists, same machine, same run\n\n");
    md.append("Duke (no.priv.garshol.duke:duke:1.2, Lucene 4.0) in record-linkage mode (`io.venn.bench.peer.DukeLinker`): left list ")
        .append("indexed in an in-memory Lucene index, each right record looked up by NAME and DOMAIN (at most 25 hits), compared ")
        .append("and linked to its best candidate; NAME Levenshtein (probability 0.10..0.90), DOMAIN exact (0.30..0.98), COUNTRY ")
        .append("exact (0.10..0.60), CITY exact (0.40..0.60); cleaners for legal forms, registrable domain (public suffix list) ")
        .append("and ISO country codes (`DukeCleaners`); then the same greedy one-to-one step as Venn. Configured threshold 0.85; ")
        .append("\"best\" is Duke's best F1 over thresholds on these very lists (tuned on the test data, so generous to Duke). ")
        .append("Same thread count and -Xmx as Venn; each engine in its own fresh JVM; times are read + match. ")
        .append("Duke 1.2 (with Lucene 4.0) runs unchanged on Java 17. Duke runs over its budget are killed and shown as lower bounds.\n\n");
    if (r.peers().isEmpty()) {
      md.append("Not measured in this run.\n\n");
      return;
    }
    md.append("| N x N | Venn s | Duke s | Duke / Venn time | Venn F1 | Duke F1 @0.85 | Duke best F1 (threshold) | Venn P / R | Duke P / R @0.85 |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (RunResults.Peer p : r.peers()) {
      double venn = p.venn().ok() ? p.venn().result().totalMillis() / 1000.0 : Double.NaN;
      String duke;
      String ratio;
      if (p.duke().ok()) {
        double d = p.duke().result().totalMillis() / 1000.0;
        duke = f1(d);
        ratio = f1(d / venn) + "x";
      } else {
        duke = p.duke().timedOut() ? "> " + f1(p.duke().wallMillis() / 1000.0) + " (budget, killed)" : "failed";
        ratio = p.duke().timedOut() ? "> " + f1(p.duke().wallMillis() / 1000.0 / venn) + "x" : "-";
      }
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", n(p.size()), f1(venn), duke, ratio,
          p.vennMetrics() == null ? "-" : f4(p.vennMetrics().f1()), p.dukeMetrics() == null ? "-" : f4(p.dukeMetrics().f1()),
          p.dukeBest() == null ? "-" : f4(p.dukeBest().f1()) + " (" + String.format(Locale.ROOT, "%.2f", p.dukeBestThreshold()) + ")",
          p.vennMetrics() == null ? "-" : f4(p.vennMetrics().precision()) + " / " + f4(p.vennMetrics().recall()),
          p.dukeMetrics() == null ? "-" : f4(p.dukeMetrics().precision()) + " / " + f4(p.dukeMetrics().recall())));
    }
    md.append('\n');
  }

  private static void micro(StringBuilder md, RunResults r) {
    md.append("## Micro-benchmarks (JMH, one thread = one core)\n\n");
    if (r.micro().isEmpty()) {
      md.append("Not measured in this run.\n\n");
      return;
    }
    md.append("Short settings (1 fork, 2 x 2 s warm-up, 3 x 2 s measurement); one operation = one record / name / website / lookup / ")
        .append("comparison, as each class's Javadoc says. Ratios are against `EncodingBenchmark.normalizeAndEncode` of this run. ")
        .append("`CsvReadBenchmark` is the one that is not one core: `threads=2` parses one file in pieces on two pool threads ")
        .append("(upload, `venn encode`), its ratio to `threads=1` is what that buys.\n\n");
    double base = Micro.score(r.micro(), "EncodingBenchmark.normalizeAndEncode");
    md.append("| benchmark | params | ops/s | +/- (99.9%) | ratio |\n|---|---|---|---|---|\n");
    for (Micro.Row row : r.micro()) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %,.0f | %s |%n", row.benchmark(), row.params(), row.score(),
          Double.isNaN(row.error()) ? 0 : row.error(), Double.isNaN(base) ? "-" : f1(row.score() / base) + "x"));
    }
    md.append('\n');
    double inCache = Micro.score(r.micro(), "DiceBenchmark.dice");
    if (!Double.isNaN(inCache) && inCache < Targets.DICE_PER_SECOND) {
      md.append(DICE_PROFILE).append("\n\n");
    }
  }

  /**
   * Where Dice time goes, from profiling NameFilter.dice on this machine kind (2026-11-23): printed
   * whenever the target is missed, as the targets ask.
   */
  static final String DICE_PROFILE = "**Where the Dice time goes (target missed).** One comparison is 8 ANDs and 8 popcounts "
      + "(each filter stores its own bit count, so `|A|+|B|` costs two loads), with the JIT's POPCNT instruction; profiling "
      + "on 2026-11-23 found unrolling and single-precision division made no difference. What remains is loading two separate "
      + "filter objects per comparison: the 20,000-filter case (filters spilling out of cache, as in a real run) runs well "
      + "below the in-cache one. Storing all filters in one flat `long[]` is the next step.";

  private static void method(StringBuilder md, RunResults r) {
    md.append("## How it is counted\n\n")
        .append("- A predicted pair (left id, right id) is a true positive when it is in the truth (`truth.csv` beside each generated list).\n")
        .append("- Recall's denominator is what a perfect one-to-one matcher returns: per company, min(records on the left, records on the right). ")
        .append("Both engines are held to one-to-one (Venn's default clustering; Duke through the same greedy step).\n")
        .append("- Peak heap: the largest heap occupancy a GC log saw before a collection (`-Xlog:gc`; garbage included, so it grows ")
        .append("toward -Xmx by design), the most left after a collection (close to the run's real need), and the sum of the heap ")
        .append("pools' peaks (an upper bound). Finishing under `-Xmx3g` is itself the proof of the 3 GiB bound.\n")
        .append("- Speed is never asserted in unit tests; the generator and metrics have fast unit tests in `benchmarks/src/test`.\n\n");
    md.append("## Notes from this run\n\n");
    if (r.notes().isEmpty()) {
      md.append("- none\n");
    }
    for (String note : r.notes()) {
      md.append("- ").append(note).append('\n');
    }
  }
}
