package io.venn.service.job;

import java.util.Arrays;

/**
 * The populations a job stored for one side's records of its pairs ({@code job_matches}), by record
 * index: enough to build the job's views without reading the list. Immutable.
 */
public final class PairPopulations {
  private final int[] indices; // ascending, distinct
  private final String[] populations;

  private PairPopulations(int[] indices, String[] populations) {
    this.indices = indices;
    this.populations = populations;
  }

  /**
   * @param indices the side's record of each stored pair, any order, repeats allowed
   * @param populations each pair's record's population, aligned with {@code indices}
   * @throws IllegalArgumentException if one record was stored with two populations: a damaged table
   */
  static PairPopulations of(int[] indices, String[] populations, int n) {
    // Sorted by index, stable by position: the index in the high half, the position in the low.
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = ((long) indices[i] << 32) | i;
    }
    Arrays.sort(order);
    int[] distinct = new int[n];
    String[] labels = new String[n];
    int k = 0;
    for (long o : order) {
      int index = (int) (o >>> 32);
      String population = populations[(int) o];
      if (k > 0 && distinct[k - 1] == index) {
        if (!labels[k - 1].equals(population)) {
          throw new IllegalArgumentException("record " + index + " stored with populations '" + labels[k - 1]
              + "' and '" + population + "'");
        }
        continue;
      }
      distinct[k] = index;
      labels[k] = population;
      k++;
    }
    return new PairPopulations(Arrays.copyOf(distinct, k), Arrays.copyOf(labels, k));
  }

  /**
   * The population of the record at {@code index}.
   *
   * @throws IllegalArgumentException if no stored pair has that record
   */
  public String of(int index) {
    int at = Arrays.binarySearch(indices, index);
    if (at < 0) {
      throw new IllegalArgumentException("record " + index + " is in no stored pair");
    }
    return populations[at];
  }
}
