package io.venn.block;

import io.venn.encode.NameFilter;
import java.util.SplittableRandom;

/**
 * Locality-sensitive hashing of name filters (MinHash over the filter's set bits, in bands), so
 * names that share no whole word but most of their letters ("Microsfot" / "Microsoft",
 * "Cocacola" / "Coca Cola") still become candidates. The permutations need not be secret: the filter
 * positions they permute are already keyed.
 */
final class NameLsh {
  static final int BANDS = 6;
  static final int ROWS = 3;

  /**
   * The hash of filter position {@code pos} under permutation {@code h} is at {@code pos * HASHES + h}:
   * one set bit's hashes sit side by side, so the inner loop reads one cache line, not eighteen.
   */
  private static final int HASHES = BANDS * ROWS;
  private static final int[] PERMUTATIONS = permutations();

  private NameLsh() {}

  private static int[] permutations() {
    // Drawn in the order of the former int[hash][position] layout: the same keys as before.
    SplittableRandom random = new SplittableRandom(0x5EEDL);
    int[] p = new int[HASHES * NameFilter.BITS];
    for (int h = 0; h < HASHES; h++) {
      for (int pos = 0; pos < NameFilter.BITS; pos++) {
        p[pos * HASHES + h] = random.nextInt();
      }
    }
    return p;
  }

  /** One key per band; an empty filter gets none. */
  static long[] bandKeys(long[] filter) {
    int[] minima = new int[HASHES];
    java.util.Arrays.fill(minima, Integer.MAX_VALUE);
    boolean any = false;
    for (int w = 0; w < NameFilter.BITS / 64; w++) {
      long bits = filter[w];
      while (bits != 0) {
        int pos = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        any = true;
        int base = pos * HASHES;
        for (int h = 0; h < HASHES; h++) {
          minima[h] = Math.min(minima[h], PERMUTATIONS[base + h]);
        }
      }
    }
    if (!any) {
      return new long[0];
    }
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long k = b + 1;
      for (int r = 0; r < ROWS; r++) {
        k = k * 0x100000001B3L + minima[b * ROWS + r];
      }
      keys[b] = k == 0 ? 1 : k;
    }
    return keys;
  }
}
