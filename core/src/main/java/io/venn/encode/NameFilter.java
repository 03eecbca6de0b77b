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
  static final int HASHES = 3;

  private NameFilter() {}

  /** Builds the filter of {@code key} (a normalized name), hashing bigrams with {@code hash}. */
  static long[] of(String key, KeyedHash hash) {
    long[] bits = new long[WORDS];
    if (key.isEmpty()) {
      return bits;
    }
    String padded = ' ' + key + ' ';
    for (int i = 0; i + 1 < padded.length(); i++) {
      long t = hash.token(padded.substring(i, i + 2));
      for (int h = 0; h < HASHES; h++) {
        int pos = (int) ((t >>> (h * 9)) & (BITS - 1));
        bits[pos >>> 6] |= 1L << (pos & 63);
      }
    }
    return bits;
  }

  /**
   * Dice similarity 2|A∩B| / (|A|+|B|) of two filters of equal length; 0 when both are empty.
   *
   * @throws IllegalArgumentException if the filters differ in length
   */
  public static double dice(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("filters differ in length: " + a.length + " vs " + b.length);
    }
    int common = 0;
    int total = 0;
    for (int i = 0; i < a.length; i++) {
      common += Long.bitCount(a[i] & b[i]);
      total += Long.bitCount(a[i]) + Long.bitCount(b[i]);
    }
    return total == 0 ? 0 : 2.0 * common / total;
  }
}
