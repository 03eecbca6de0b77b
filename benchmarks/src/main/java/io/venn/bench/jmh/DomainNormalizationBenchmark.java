package io.venn.bench.jmh;

import io.venn.normalize.Domains;
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
 * How many websites per second one core reduces to a registrable domain ({@code Domains.registrable}:
 * URLs, e-mail addresses, subdomains, public suffix list), over the generator's website variants.
 *
 * <p>Run: {@code java -jar benchmarks/target/venn-benchmarks.jar DomainNormalizationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DomainNormalizationBenchmark {
  static final int BATCH = 10_000;

  @Param({"10000"})
  int size;

  String[] websites;

  @Setup
  public void setup() {
    List<Account> right = BenchData.lists(size).right().stream().filter(a -> a.domain() != null).toList();
    websites = new String[BATCH];
    for (int i = 0; i < BATCH; i++) {
      websites[i] = right.get(i % right.size()).domain();
    }
  }

  /** One invocation normalizes {@value #BATCH} websites; the score is websites per second. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int registrable() {
    int ok = 0;
    for (String w : websites) {
      ok += Domains.registrable(w).isOk() ? 1 : 0;
    }
    return ok;
  }
}
