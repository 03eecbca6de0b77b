package io.venn.encode;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Background document frequencies of name tokens, keyed by token: how often a word appears in
 * company names in general. Immutable.
 *
 * @see AccountEncoder#priors()
 */
public final class TokenPriors {
  /** No background knowledge: every weight comes from the lists being matched. */
  public static final TokenPriors NONE = new TokenPriors(Map.of(), 1);

  private final Map<Long, Integer> counts;
  private final long documents;

  private TokenPriors(Map<Long, Integer> counts, long documents) {
    this.counts = Map.copyOf(counts);
    this.documents = documents;
  }

  /**
   * @param counts token -> number of names containing it
   * @param documents the number of names counted
   * @throws IllegalArgumentException if {@code documents} is below 1
   */
  public static TokenPriors of(Map<Long, Integer> counts, long documents) {
    if (documents < 1) {
      throw new IllegalArgumentException("documents must be at least 1, was " + documents);
    }
    return new TokenPriors(counts, documents);
  }

  static TokenPriors hashed(BackgroundVocabulary vocabulary, ToLongFunction<String> hash) {
    Map<Long, Integer> counts = new HashMap<>();
    vocabulary.counts().forEach((word, n) -> counts.merge(hash.applyAsLong(word), n, Math::max));
    return new TokenPriors(counts, vocabulary.documents());
  }

  /** Number of background names containing {@code token}; 0 when it is not a common word. */
  public int count(long token) {
    return counts.getOrDefault(token, 0);
  }

  public long documents() {
    return documents;
  }

  /** Token -> count, for writing an encoded list. */
  public Map<Long, Integer> counts() {
    return counts;
  }
}
