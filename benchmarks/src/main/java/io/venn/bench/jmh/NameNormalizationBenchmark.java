package io.venn.bench.jmh;

import io.venn.normalize.CompanyName;
import io.venn.normalize.CompanyNames;
import io.venn.read.Account;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How many company names per second one core normalizes ({@code CompanyNames.parse}: folding,
 * legal forms per country, abbreviations), over the generator's real and varied names.
 *
 * <p>Run: {@code java -jar benchmarks/target/venn-benchmarks.jar NameNormalizationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NameNormalizationBenchmark {
  static final int BATCH = 10_000;

  @Param({"10000"})
  int size;

  String[] names;
  String[] countries;

  @Setup
  public void setup() {
    List<Account> right = BenchData.lists(size).right();
    names = new String[BATCH];
    countries = new String[BATCH];
    for (int i = 0; i < BATCH; i++) {
      Account a = right.get(i % right.size());
      names[i] = a.name();
      countries[i] = a.country();
    }
  }

  /** One invocation normalizes {@value #BATCH} names; the score is names per second. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int parse() {
    int tokens = 0;
    for (int i = 0; i < BATCH; i++) {
      CompanyName n = CompanyNames.parse(names[i], countries[i]);
      tokens += n.tokens().size();
    }
    return tokens;
  }
}
