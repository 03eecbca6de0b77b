package io.venn.bench.jmh;

import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import io.venn.normalize.AccountNormalizer;
import io.venn.normalize.CanonicalAccount;
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
 * How many records per second one core turns into keyed features: {@code normalizeAndEncode} is the
 * whole per-record cost of a match run before blocking (the "encoding >= 100k records/s" target);
 * {@code encode} is the keyed part alone (HMAC tokens, Double Metaphone, Bloom filter).
 *
 * <p>Run: {@code java -jar benchmarks/target/venn-benchmarks.jar EncodingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EncodingBenchmark {
  static final int BATCH = 10_000;

  @Param({"10000"})
  int size;

  Account[] accounts;
  CanonicalAccount[] canonical;
  AccountNormalizer normalizer;
  AccountEncoder encoder;
  io.venn.encode.BlindProfile profile;

  @Setup
  public void setup() {
    List<Account> right = BenchData.lists(size).right();
    normalizer = AccountNormalizer.standard();
    encoder = BenchData.encoder();
    profile = io.venn.encode.BlindProfile.of(BenchData.key());
    accounts = new Account[BATCH];
    canonical = new CanonicalAccount[BATCH];
    for (int i = 0; i < BATCH; i++) {
      accounts[i] = right.get(i % right.size());
      canonical[i] = normalizer.normalize(accounts[i]);
    }
  }

  /** Normalize and encode {@value #BATCH} records; the score is records per second. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long normalizeAndEncode() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      EncodedAccount e = encoder.encode(normalizer.normalize(accounts[i]), "r", null);
      sum += e.domain() + e.nameTokens().length;
    }
    return sum;
  }

  /**
   * Encode {@value #BATCH} already-normalized records and apply the blind profile to each, as {@code
   * venn encode} does; the score is records per second.
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long encodeBlind() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      EncodedAccount e = profile.apply(encoder.encode(canonical[i], "r", null));
      sum += e.domain() + e.nameTokens().length;
    }
    return sum;
  }

  /**
   * Normalize, encode and apply the blind profile to {@value #BATCH} records: the per-record cost of
   * {@code venn encode} before sealing, to compare with {@link #normalizeAndEncode} in the same run.
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long normalizeAndEncodeBlind() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      EncodedAccount e = profile.apply(encoder.encode(normalizer.normalize(accounts[i]), "r", null));
      sum += e.domain() + e.nameTokens().length;
    }
    return sum;
  }

  /** Encode {@value #BATCH} already-normalized records; the score is records per second. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long encode() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      EncodedAccount e = encoder.encode(canonical[i], "r", null);
      sum += e.domain() + e.nameTokens().length;
    }
    return sum;
  }
}
