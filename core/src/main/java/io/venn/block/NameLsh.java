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

  private static final int[][] PERMUTATIONS = permutations();

  private NameLsh() {}

  private static int[][] permutations() {
    SplittableRandom random = new SplittableRandom(0x5EEDL);
    int[][] p = new int[BANDS * ROWS][NameFilter.BITS];
    for (int[] row : p) {
      for (int i = 0; i < row.length; i++) {
        row[i] = random.nextInt();
      }
    }
    return p;
  }

  /** One key per band; an empty filter gets none. */
  static long[] bandKeys(long[] filter) {
    int[] minima = new int[BANDS * ROWS];
    java.util.Arrays.fill(minima, Integer.MAX_VALUE);
    boolean any = false;
    for (int w = 0; w < NameFilter.BITS / 64; w++) {
      long bits = filter[w];
      while (bits != 0) {
        int pos = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        any = true;
        for (int h = 0; h < minima.length; h++) {
          int v = PERMUTATIONS[h][pos];
          if (v < minima[h]) {
            minima[h] = v;
          }
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
