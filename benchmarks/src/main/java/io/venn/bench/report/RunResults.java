package io.venn.bench.report;

import io.venn.bench.accuracy.AccuracyReport;
import io.venn.bench.accuracy.Evaluation.CurvePoint;
import io.venn.bench.accuracy.Metrics;
import io.venn.bench.jmh.Micro;
import io.venn.bench.scale.ChildJvm.Outcome;
import java.util.ArrayList;
import java.util.List;

/** Everything one harness run measured; filled phase by phase, rendered by {@link ResultsWriter}. */
public final class RunResults {
  /** The accuracy run: Venn at its default threshold, and the curves of Venn and Duke. */
  public record Accuracy(int size, AccuracyReport venn, List<CurvePoint> vennCurve, List<CurvePoint> dukeCurve) {}

  /** One timed Venn run of N x N records, with its accuracy at the default threshold (null if not scored). */
  public record Scale(int size, String heap, Outcome outcome, Metrics metrics) {}

  /**
   * Duke next to Venn on the same lists.
   *
   * @param dukeMetrics at Duke's configured threshold
   * @param dukeBestThreshold the threshold with Duke's best F1 on these lists (tuned on the test data: generous)
   */
  public record Peer(
      int size, Outcome venn, Metrics vennMetrics, Outcome duke, double dukeThreshold, Metrics dukeMetrics,
      double dukeBestThreshold, Metrics dukeBest) {}

  public final Machine machine;
  public final String command;
  public final long seed;
  public final long startedMillis = System.currentTimeMillis();
  public Accuracy accuracy;
  public final List<Scale> scale = new ArrayList<>();
  public final List<Peer> peers = new ArrayList<>();
  public List<Micro.Row> micro = List.of();
  public final List<String> notes = new ArrayList<>();

  public RunResults(Machine machine, String command, long seed) {
    this.machine = machine;
    this.command = command;
    this.seed = seed;
  }
}
