package io.venn.bench.jmh;

import io.venn.block.CandidateIndex;
import io.venn.block.TokenStatistics;
import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import io.venn.bench.data.GeneratedLists;
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
 * Candidate generation: how many left records per second one core looks up in the right list's
 * {@link CandidateIndex} (equal tokens, domains, LSH on name filters). Near-constant across sizes
 * means blocking scales linearly; a drop with size means blocks grow with the list.
 *
 * <p>Run: {@code java -jar benchmarks/target/venn-benchmarks.jar BlockingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BlockingBenchmark {
  static final int BATCH = 10_000;

  @Param({"10000", "100000"})
  int size;

  List<EncodedAccount> left;
  TokenStatistics stats;
  CandidateIndex index;
  CandidateIndex.Cursor cursor;

  @Setup
  public void setup() {
    GeneratedLists lists = BenchData.lists(size);
    AccountEncoder encoder = BenchData.encoder();
    left = BenchData.encode(lists.left(), encoder);
    List<EncodedAccount> right = BenchData.encode(lists.right(), encoder);
    stats = TokenStatistics.of(left, right, encoder.priors());
    index = CandidateIndex.build(right);
    cursor = index.cursor();
  }

  /** Candidates of {@value #BATCH} left records; the score is lookups per second, the result the pair count. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long candidates() {
    long pairs = 0;
    for (int i = 0; i < BATCH; i++) {
      pairs += index.candidates(left.get(i % left.size()), stats, cursor);
    }
    return pairs;
  }
}
