package io.venn.pipeline;

import io.venn.block.TokenStatistics;
import io.venn.decide.Decision;
import io.venn.decide.PairScorer;
import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import io.venn.normalize.AccountNormalizer;
import io.venn.read.Account;

/**
 * What a finished plaintext match needs to explain any of its pairs later: the word and website
 * counts of its two lists and the scorer it used. With it, "why did these two match?" encodes the
 * two records asked about instead of both whole lists ({@link Pipeline#explain}), which at 1M x 1M
 * took about as long and as much memory as the match's own encoding. Thread-safe.
 */
public final class Explainer {
  private final TokenStatistics stats;
  private final PairScorer scorer;
  private final AccountEncoder encoder;
  private final AccountNormalizer normalizer = AccountNormalizer.standard();

  Explainer(TokenStatistics stats, PairScorer scorer, AccountEncoder encoder) {
    this.stats = stats;
    this.scorer = scorer;
    this.encoder = encoder;
  }

  /**
   * The decision on one pair, exactly as the match that made this explainer scored it: {@code left}
   * and {@code right} must be records of that match's left and right lists.
   */
  public Decision explain(Account left, Account right) {
    return decide(encode(left), encode(right));
  }

  Decision decide(EncodedAccount a, EncodedAccount b) {
    return scorer.decide(a, stats.weights(a), b, stats.weights(b));
  }

  private EncodedAccount encode(Account account) {
    return encoder.encode(normalizer.normalize(account), "", null);
  }

  /** About how many bytes keeping this explainer holds (its counts; the model is small). */
  public long bytes() {
    return stats.bytes();
  }
}
