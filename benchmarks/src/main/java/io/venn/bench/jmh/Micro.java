package io.venn.bench.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH micro-benchmarks from the harness with short, fixed settings (1 fork, 2 warm-up and
 * 3 measured iterations of 2 s, one thread) and returns their scores. For publication-grade numbers
 * run the jar's JMH main with its defaults instead (see each class's Javadoc).
 */
public final class Micro {
  private Micro() {}

  /**
   * One benchmark's score.
   *
   * @param benchmark "EncodingBenchmark.normalizeAndEncode"
   * @param params "size=10000"
   * @param score operations per second (each class documents what one operation is)
   * @param error the 99.9% confidence half-width, NaN when unknown
   */
  public record Row(String benchmark, String params, double score, double error, String unit) {}

  public static final List<Class<?>> BENCHMARKS = List.of(
      NameNormalizationBenchmark.class, DomainNormalizationBenchmark.class, EncodingBenchmark.class,
      BlockingBenchmark.class, DiceBenchmark.class, CsvReadBenchmark.class);

  /**
   * @param quick one short iteration each, for smoke runs
   * @throws RunnerException if JMH fails
   */
  public static List<Row> run(boolean quick) throws RunnerException {
    ChainedOptionsBuilder opts = new OptionsBuilder()
        .forks(1)
        .threads(1)
        .warmupIterations(quick ? 1 : 2)
        .warmupTime(TimeValue.seconds(quick ? 1 : 2))
        .measurementIterations(quick ? 1 : 3)
        .measurementTime(TimeValue.seconds(quick ? 1 : 2))
        .jvmArgs("-Xmx3g")
        .shouldFailOnError(false);
    for (Class<?> c : BENCHMARKS) {
      opts.include("\\." + c.getSimpleName() + "\\.");
    }
    Collection<RunResult> results = new Runner(opts.build()).run();
    List<Row> rows = new ArrayList<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      StringBuilder params = new StringBuilder();
      for (String key : r.getParams().getParamsKeys()) {
        params.append(params.length() == 0 ? "" : ", ").append(key).append('=').append(r.getParams().getParam(key));
      }
      var primary = r.getPrimaryResult();
      rows.add(new Row(shortName, params.toString(), primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
    }
    rows.sort(java.util.Comparator.comparing(Row::benchmark).thenComparing(Row::params));
    return rows;
  }

  /** The score of a benchmark method (first parameter set), or NaN when it did not run. */
  public static double score(List<Row> rows, String benchmark) {
    return rows.stream().filter(r -> r.benchmark().equals(benchmark)).mapToDouble(Row::score).findFirst().orElse(Double.NaN);
  }

}
