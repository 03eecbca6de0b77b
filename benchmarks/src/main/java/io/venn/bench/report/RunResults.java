package io.venn.bench.report;

import io.venn.bench.accuracy.AccuracyReport;
import io.venn.bench.accuracy.CorpusScore;
import io.venn.bench.accuracy.ErrorSamples;
import io.venn.bench.accuracy.Evaluation.CurvePoint;
import io.venn.bench.accuracy.Metrics;
import io.venn.bench.jmh.Micro;
import io.venn.bench.scale.ChildJvm.Outcome;
import java.util.ArrayList;
import java.util.List;

/** Everything one harness run measured; filled phase by phase, rendered by {@link ResultsWriter}. */
public final class RunResults {
  /** The accuracy run: Venn at its default threshold, the curves of Venn and Duke, and sample errors. */
  public record Accuracy(
      int size, AccuracyReport venn, List<CurvePoint> vennCurve, List<CurvePoint> dukeCurve, List<ErrorSamples.Example> errors) {}

  /**
   * One timed Venn run of N x N records, with its accuracy at the default threshold (null if not scored).
   *
   * @param naive the exact-key join on the same lists in the same run (the floor), or null if not run
   * @param stages JFR execution samples of the Venn run per pipeline stage, empty if not recorded
   */
  public record Scale(int size, String heap, Outcome outcome, Metrics metrics, Outcome naive, java.util.Map<String, Long> stages) {
    public Scale {
      stages = stages == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }
  }

  /**
   * Duke next to Venn on the same lists.
   *
   * @param dukeMetrics at Duke's configured threshold
   * @param dukeBestThreshold the threshold with Duke's best F1 on these lists (tuned on the test data: generous)
   */
  public record Peer(
      int size, Outcome venn, Metrics vennMetrics, Outcome duke, double dukeThreshold, Metrics dukeMetrics,
      double dukeBestThreshold, Metrics dukeBest) {}

  private final Machine machine;
  private final String command;
  private final long seed;
  private final long startedMillis = System.currentTimeMillis();
  private Accuracy accuracy;
  private final List<Scale> scale = new ArrayList<>();
  private final List<Peer> peers = new ArrayList<>();
  private List<Micro.Row> micro = List.of();
  private final List<CorpusScore> corpora = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public RunResults(Machine machine, String command, long seed) {
    this.machine = machine;
    this.command = command;
    this.seed = seed;
  }

  public Machine machine() {
    return machine;
  }

  /** The command that reproduces this run. */
  public String command() {
    return command;
  }

  public long seed() {
    return seed;
  }

  public long startedMillis() {
    return startedMillis;
  }

  /** The accuracy run, or {@code null} when it did not finish. */
  public Accuracy accuracy() {
    return accuracy;
  }

  public void setAccuracy(Accuracy accuracy) {
    this.accuracy = accuracy;
  }

  /** Timed runs in increasing size. */
  public List<Scale> scale() {
    return List.copyOf(scale);
  }

  public void addScale(Scale s) {
    scale.add(s);
  }

  /** Duke comparisons in increasing size. */
  public List<Peer> peers() {
    return List.copyOf(peers);
  }

  public void addPeer(Peer p) {
    peers.add(p);
  }

  /** The labelled real corpora (CRM corpus dev and held-out, NYSE / SEC), in run order. */
  public List<CorpusScore> corpora() {
    return List.copyOf(corpora);
  }

  public void addCorpus(CorpusScore score) {
    corpora.add(score);
  }

  public List<Micro.Row> micro() {
    return micro;
  }

  public void setMicro(List<Micro.Row> rows) {
    this.micro = List.copyOf(rows);
  }

  /** What went wrong or needs saying, in order. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** Adds a note unless the same note is already there. */
  public void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }
}
