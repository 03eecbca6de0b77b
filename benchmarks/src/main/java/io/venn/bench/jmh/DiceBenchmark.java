package io.venn.bench.jmh;

import io.venn.encode.EncodedAccount;
import io.venn.encode.NameFilter;
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
 * Dice comparisons of keyed name Bloom filters per second on one core ({@link NameFilter#dice}),
 * over pairs of real names' filters in a scattered order, as scoring visits them.
 *
 * <p>Run: {@code java -jar benchmarks/target/venn-benchmarks.jar DiceBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DiceBenchmark {
  static final int BATCH = 100_000;

  /** Distinct filters: 1,000 stay in cache (compute-bound), 20,000 spill to memory as a real run does. */
  @Param({"1000", "20000"})
  int size;

  long[][] a;
  long[][] b;

  @Setup
  public void setup() {
    List<EncodedAccount> encoded = BenchData.encode(BenchData.lists(size).right(), BenchData.encoder());
    a = new long[BATCH][];
    b = new long[BATCH][];
    int n = encoded.size();
    for (int i = 0; i < BATCH; i++) {
      a[i] = encoded.get(i % n).nameFilter();
      b[i] = encoded.get((int) ((i * 7919L + 13) % n)).nameFilter();
    }
  }

  /** {@value #BATCH} comparisons; the score is comparisons per second. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public double dice() {
    double sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += NameFilter.dice(a[i], b[i]);
    }
    return sum;
  }
}
