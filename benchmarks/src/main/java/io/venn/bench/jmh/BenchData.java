package io.venn.bench.jmh;

import io.venn.bench.data.GeneratedLists;
import io.venn.bench.data.GeneratorConfig;
import io.venn.bench.data.PartnerListGenerator;
import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import io.venn.encode.EncodingKey;
import io.venn.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Seeded inputs shared by the micro-benchmarks: the generator's lists and their encodings. */
final class BenchData {
  static final long SEED = 42;

  private BenchData() {}

  static GeneratedLists lists(int size) {
    return PartnerListGenerator.standard().generate(GeneratorConfig.of(size, SEED));
  }

  /** A fixed key, so repeated runs encode identically. */
  static AccountEncoder encoder() {
    return AccountEncoder.withKey(key());
  }

  /** The fixed key of {@link #encoder()}. */
  static EncodingKey key() {
    return EncodingKey.fromSecret("venn-benchmarks-fixed-secret".getBytes(StandardCharsets.UTF_8));
  }

  static List<EncodedAccount> encode(List<io.venn.read.Account> accounts, AccountEncoder encoder) {
    return Pipeline.encodeAll(accounts, encoder, 1);
  }
}
