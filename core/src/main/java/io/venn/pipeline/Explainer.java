package io.venn.pipeline;

import io.venn.block.TokenStatistics;
import io.venn.decide.Decision;
import io.venn.decide.PairScorer;
import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import io.venn.normalize.AccountNormalizer;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.List;

/**
 * What a finished plaintext match needs to explain any of its pairs later: the word and website
 * counts of its two lists and the scorer it used. With it, "why did these two match?" encodes the
 * records asked about instead of both whole lists ({@link Pipeline#explain}), which at 1M x 1M took
 * about as long and as much memory as the match's own encoding. Holds keyed counts only, no plaintext:
 * the encoder and normalizer, whose caches remember words and places, are made per call. Thread-safe.
 */
public final class Explainer {
  /** Bytes of a kept explainer beyond its counts: the model, the scorer and their tables. */
  private static final long FIXED_BYTES = 64 * 1024;

  private final TokenStatistics stats;
  private final PairScorer scorer;

  Explainer(TokenStatistics stats, PairScorer scorer) {
    this.stats = stats;
    this.scorer = scorer;
  }

  /**
   * The decisions on pairs of records, exactly as the match that made this explainer scored them:
   * {@code left.get(i)} and {@code right.get(i)} are records of that match's left and right lists.
   *
   * @throws IllegalArgumentException if the two lists differ in length
   */
  public List<Decision> explain(List<Account> left, List<Account> right) {
    if (left.size() != right.size()) {
      throw new IllegalArgumentException("pairs need as many left records as right ones, not " + left.size() + " and " + right.size());
    }
    AccountEncoder encoder = Pipeline.brokerEncoder();
    AccountNormalizer normalizer = AccountNormalizer.standard();
    List<Decision> out = new ArrayList<>(left.size());
    for (int i = 0; i < left.size(); i++) {
      out.add(decide(encode(encoder, normalizer, left.get(i)), encode(encoder, normalizer, right.get(i))));
    }
    return out;
  }

  Decision decide(EncodedAccount a, EncodedAccount b) {
    return scorer.decide(a, stats.weights(a), b, stats.weights(b));
  }

  private static EncodedAccount encode(AccountEncoder encoder, AccountNormalizer normalizer, Account account) {
    return encoder.encode(normalizer.normalize(account), "", null);
  }

  /** About how many bytes keeping this explainer holds: its counts, tens of MB at 1M x 1M. */
  public long bytes() {
    return stats.bytes() + FIXED_BYTES;
  }
}
