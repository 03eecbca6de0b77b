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
  private final boolean classInToken;

  private TokenPriors(Map<Long, Integer> counts, long documents) {
    this(counts, documents, false);
  }

  private TokenPriors(Map<Long, Integer> counts, long documents, boolean classInToken) {
    this.counts = Map.copyOf(counts);
    this.documents = documents;
    this.classInToken = classInToken;
  }

  /**
   * The priors of lists encoded with a {@link BlindProfile}: nothing shipped, each name token carries
   * its word's background frequency class in its low bits ({@link BlindProfile#backgroundCount}).
   */
  public static TokenPriors blind() {
    return BLIND;
  }

  private static final TokenPriors BLIND = new TokenPriors(Map.of(), BlindProfile.BACKGROUND_DOCUMENTS, true);

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

  /**
   * Words in fewer background names than this are left out: they are not common enough to discount,
   * and publishing them would only help someone line tokens up with the public word list.
   */
  static final int MIN_PUBLISHED_COUNT = 20;

  /** Fewest words a published frequency bucket holds, so a bucket never points at one word. */
  static final int MIN_WORDS_PER_BUCKET = 16;

  /**
   * Keys the background vocabulary with the encoder's token hash. In blind mode these counts travel
   * with the encoded list, so they are coarsened: only common words; each count rounded to the
   * nearest power of two; and the most common buckets, which hold few words ("and", "ltd"...),
   * merged downwards until every bucket holds at least {@link #MIN_WORDS_PER_BUCKET} words. The
   * matcher then learns that a keyed token is one of many common words of about this frequency
   * (which the lists' own token frequencies tell it anyway), not which one.
   */
  static TokenPriors hashed(BackgroundVocabulary vocabulary, ToLongFunction<String> hash) {
    java.util.TreeMap<Integer, java.util.List<String>> buckets = new java.util.TreeMap<>();
    vocabulary.counts().forEach((word, n) -> {
      if (n >= MIN_PUBLISHED_COUNT) {
        buckets.computeIfAbsent(nearestPowerOfTwo(n), b -> new java.util.ArrayList<>()).add(word);
      }
    });
    Map<Long, Integer> counts = new HashMap<>();
    java.util.List<String> pending = new java.util.ArrayList<>();
    for (Map.Entry<Integer, java.util.List<String>> bucket : buckets.descendingMap().entrySet()) {
      pending.addAll(bucket.getValue());
      if (pending.size() >= MIN_WORDS_PER_BUCKET || bucket.getKey().equals(buckets.firstKey())) {
        for (String word : pending) {
          counts.merge(hash.applyAsLong(word), bucket.getKey(), Math::max);
        }
        pending.clear();
      }
    }
    return new TokenPriors(counts, vocabulary.documents());
  }

  /** Rounds in log space, so coarsening neither raises nor lowers word weights on average. */
  static int nearestPowerOfTwo(int n) {
    return 1 << (int) Math.round(Math.log(n) / Math.log(2));
  }

  /** Number of background names containing {@code token}; 0 when it is not a common word. */
  public int count(long token) {
    if (classInToken) {
      return BlindProfile.backgroundCount(token);
    }
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
