package io.venn.encode;

/**
 * A keyed Bloom filter of a name's character bigrams (a "cryptographic long-term key" in the
 * record-linkage literature), and the Dice similarity of two such filters.
 *
 * <p>Each bigram sets {@link #HASHES} bit positions taken from its keyed token, so without the key
 * nobody can tell which bigram set which bit. As a further hardening against pattern-mining
 * (frequency) attacks the filter is stored after a Rule 90 cellular-automaton step (each bit becomes
 * the XOR of its two neighbours), which spreads every bigram's bits over a wider, less
 * recognisable pattern while keeping similar names' filters similar.
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
    return rule90(bits);
  }

  /** Each bit becomes the XOR of its left and right neighbour (cyclic). */
  static long[] rule90(long[] bits) {
    long[] out = new long[bits.length];
    int n = bits.length;
    for (int w = 0; w < n; w++) {
      long cur = bits[w];
      long prev = bits[(w + n - 1) % n];
      long next = bits[(w + 1) % n];
      // left neighbour of bit i is bit i-1: shift left by one, carrying the top bit of the previous word
      long left = (cur << 1) | (prev >>> 63);
      // right neighbour of bit i is bit i+1: shift right by one, carrying the low bit of the next word
      long right = (cur >>> 1) | (next << 63);
      out[w] = left ^ right;
    }
    return out;
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
