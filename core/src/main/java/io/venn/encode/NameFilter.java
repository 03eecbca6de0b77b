package io.venn.encode;

/**
 * A keyed Bloom filter of a name's character bigrams (a "cryptographic long-term key" in the
 * record-linkage literature), and the Dice similarity of two such filters.
 *
 * <p>Each bigram sets {@link #HASHES} bit positions taken from its keyed token, so without the key
 * nobody can tell which bigram set which bit, nor build a filter for a guessed name. What the
 * filters do not hide is their statistics: over a large list, someone holding the filters can
 * correlate frequent bit patterns with frequent bigrams (the pattern-mining attacks on Bloom-filter
 * linkage). That is the known limit of this encoding; a public, unkeyed transform on top (such as a
 * Rule 90 step, tried here and removed) does not change it, since anyone can invert it.
 */
public final class NameFilter {
  /** Filter size in bits: 512 bits = 8 longs, so one Dice comparison is 8 ANDs and popcounts. */
  public static final int BITS = 512;

  static final int WORDS = BITS / 64;

  /**
   * Length of a filter array: the {@link #WORDS} bit words, then the number of bits set, stored once
   * at encoding so a comparison needs one popcount per word instead of three.
   */
  public static final int LENGTH = WORDS + 1;
  static final int HASHES = 3;

  private NameFilter() {}

  /**
   * Keyed tokens of character pairs. Normalized names are lower-case ASCII, so the pairs fit a
   * 128 x 128 table filled on first use: no substring and no hash lookup per bigram. Other
   * characters fall back to the memoizing hash. Thread-safe (a racing fill writes the same value).
   */
  static final class Bigrams {
    private final TokenHash hash;
    private final long[] ascii = new long[128 * 128];

    Bigrams(TokenHash hash) {
      this.hash = hash;
    }

    long token(char a, char b) {
      if (a < 128 && b < 128) {
        int slot = a << 7 | b;
        long t = ascii[slot];
        if (t == 0) {
          t = hash.token(new String(new char[] {a, b}));
          ascii[slot] = t;
        }
        return t;
      }
      return hash.token(new String(new char[] {a, b}));
    }
  }

  /** Builds the filter of {@code key} (a normalized name), hashing bigrams with {@code hash}. */
  static long[] of(String key, Bigrams bigrams) {
    long[] bits = new long[LENGTH];
    if (key.isEmpty()) {
      return bits;
    }
    String padded = ' ' + key + ' ';
    for (int i = 0; i + 1 < padded.length(); i++) {
      long t = bigrams.token(padded.charAt(i), padded.charAt(i + 1));
      for (int h = 0; h < HASHES; h++) {
        int pos = (int) ((t >>> (h * 9)) & (BITS - 1));
        bits[pos >>> 6] |= 1L << (pos & 63);
      }
    }
    bits[WORDS] = cardinality(bits);
    return bits;
  }

  /** Bits set in the bit words of a filter (its stored count aside). */
  public static int cardinality(long[] filter) {
    int n = 0;
    for (int i = 0; i < WORDS; i++) {
      n += Long.bitCount(filter[i]);
    }
    return n;
  }

  /**
   * Whether {@code filter} is well formed: {@link #LENGTH} longs whose last one is the number of bits
   * set in the others. A forged count would skew every similarity, so encoded lists are checked.
   */
  public static boolean isWellFormed(long[] filter) {
    return filter.length == LENGTH && filter[WORDS] == cardinality(filter);
  }

  /**
   * Dice similarity 2|A∩B| / (|A|+|B|) of two filters; 0 when both are empty. Uses each filter's
   * stored bit count, so one comparison is {@link #WORDS} ANDs and popcounts.
   *
   * @throws IllegalArgumentException if a filter is not {@link #LENGTH} longs
   */
  public static double dice(long[] a, long[] b) {
    if (a.length != LENGTH || b.length != LENGTH) {
      throw new IllegalArgumentException("filters must be " + LENGTH + " longs, were " + a.length + " and " + b.length);
    }
    int common = 0;
    for (int i = 0; i < WORDS; i++) {
      common += Long.bitCount(a[i] & b[i]);
    }
    long total = a[WORDS] + b[WORDS];
    return total == 0 ? 0 : 2.0 * common / total;
  }
}
