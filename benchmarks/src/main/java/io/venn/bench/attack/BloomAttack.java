package io.venn.bench.attack;

import io.venn.encode.NameFilter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Bloom-filter bootstrap: from records already named (the seeds), learn which filter bits each
 * character bigram sets (the bits set in nearly every seed filter whose name has that bigram), then
 * predict the filter of every public name and give each record the public name whose predicted
 * filter is closest by Dice, when it is close and clearly closer than the next. Repeated with the
 * new names as seeds. When filters are salted by country, the attacker learns each country's bits
 * from that country's seeds (a seed's country is its public record's) and predicts each public name
 * with its own country's bits.
 */
final class BloomAttack {
  /** A bit belongs to a bigram when this share of the seed filters with the bigram have it. */
  static final double BIT_SUPPORT = 0.95;
  /** Seeds a bigram needs before its bits are trusted. */
  static final int MIN_SEEDS = 3;
  static final double MIN_DICE = 0.85;
  static final double MIN_MARGIN = 0.05;
  static final int ROUNDS = 2;

  private BloomAttack() {}

  /**
   * @param filters each victim's name filter (words then count, as {@link NameFilter} builds it)
   * @param seeds per victim, the name an earlier attack gave it, or {@code null}
   * @param publicNames the public list's distinct normalized names
   * @param group the salt group of a public name (its country), or one group for unsalted filters
   * @return per victim, the name this attack gives it (seeds keep theirs when the filters do not name them)
   */
  static String[] run(long[][] filters, String[] seeds, String[] publicNames, java.util.function.Function<String, String> group) {
    String[] names = seeds.clone();
    for (int round = 0; round < ROUNDS; round++) {
      Map<String, Map<String, long[]>> bitsByGroup = new HashMap<>();
      Map<String, java.util.List<Integer>> members = new HashMap<>();
      for (int v = 0; v < names.length; v++) {
        if (names[v] != null) {
          members.computeIfAbsent(String.valueOf(group.apply(names[v])), g -> new java.util.ArrayList<>()).add(v);
        }
      }
      members.forEach((g, vs) -> {
        long[][] f = vs.stream().map(v -> filters[v]).toArray(long[][]::new);
        String[] n = vs.stream().map(v -> names[v]).toArray(String[]::new);
        bitsByGroup.put(g, learn(f, n));
      });
      Map<String, long[]> predicted = new LinkedHashMap<>();
      for (String name : publicNames) {
        Map<String, long[]> bits = bitsByGroup.get(String.valueOf(group.apply(name)));
        long[] f = bits == null ? null : predict(name, bits);
        if (f != null) {
          predicted.putIfAbsent(name, f);
        }
      }
      // Sorted by bit count: a filter is compared only with those of similar size, the only ones
      // that can reach MIN_DICE or come within MIN_MARGIN of it.
      List<Map.Entry<String, long[]>> bySize = new java.util.ArrayList<>(predicted.entrySet());
      bySize.sort(java.util.Comparator.comparingLong(e -> e.getValue()[(NameFilter.LENGTH - 1)]));
      String[] candidates = bySize.stream().map(Map.Entry::getKey).toArray(String[]::new);
      long[][] filtersOf = bySize.stream().map(Map.Entry::getValue).toArray(long[][]::new);
      long[] sizes = java.util.Arrays.stream(filtersOf).mapToLong(f -> f[(NameFilter.LENGTH - 1)]).toArray();
      if (predicted.isEmpty()) {
        return names;
      }
      String[] next = names.clone();
      java.util.stream.IntStream.range(0, filters.length).parallel().forEach(v -> {
        if (names[v] != null) {
          return; // already named: decoding all again would only re-check the seeds
        }
        String found = decode(filters[v], candidates, filtersOf, sizes);
        if (found != null) {
          next[v] = found;
        }
      });
      System.arraycopy(next, 0, names, 0, names.length);
    }
    return names;
  }

  /** Bigram -> the bits it sets, learnt from the named records. */
  static Map<String, long[]> learn(long[][] filters, String[] names) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int v = 0; v < filters.length; v++) {
      if (names[v] == null || names[v].isEmpty()) {
        continue;
      }
      for (String b : bigrams(names[v]).keySet()) {
        int[] c = counts.computeIfAbsent(b, x -> new int[NameFilter.BITS]);
        seen.merge(b, 1, Integer::sum);
        for (int w = 0; w < NameFilter.BITS / 64; w++) {
          long word = filters[v][w];
          while (word != 0) {
            c[w * 64 + Long.numberOfTrailingZeros(word)]++;
            word &= word - 1;
          }
        }
      }
    }
    Map<String, long[]> out = new HashMap<>();
    counts.forEach((b, c) -> {
      int n = seen.get(b);
      if (n >= MIN_SEEDS) {
        long[] bits = new long[NameFilter.BITS / 64];
        for (int i = 0; i < c.length; i++) {
          if (c[i] >= BIT_SUPPORT * n) {
            bits[i >>> 6] |= 1L << (i & 63);
          }
        }
        out.put(b, bits);
      }
    });
    return out;
  }

  /** The filter a name would have, or {@code null} when a bigram of it was never learnt. */
  static long[] predict(String name, Map<String, long[]> bits) {
    if (name.isEmpty()) {
      return null;
    }
    long[] f = new long[NameFilter.LENGTH];
    for (String b : bigrams(name).keySet()) {
      long[] known = bits.get(b);
      if (known == null) {
        return null;
      }
      for (int w = 0; w < known.length; w++) {
        f[w] |= known[w];
      }
    }
    f[NameFilter.BITS / 64] = NameFilter.cardinality(f);
    return f;
  }

  /** Dice is at most 2 min / (a + b): below this size ratio it stays under MIN_DICE - MIN_MARGIN. */
  private static final double SIZE_RATIO = 0.6;

  private static String decode(long[] filter, String[] names, long[][] predicted, long[] sizes) {
    double best = 0;
    double second = 0;
    String found = null;
    long size = filter[(NameFilter.LENGTH - 1)];
    int from = lowerBound(sizes, (long) Math.floor(size * SIZE_RATIO));
    for (int i = from; i < names.length && sizes[i] <= size / SIZE_RATIO; i++) {
      double d = NameFilter.dice(filter, predicted[i]);
      if (d > best) {
        second = best;
        best = d;
        found = names[i];
      } else if (d > second) {
        second = d;
      }
    }
    return best >= MIN_DICE && best - second >= MIN_MARGIN ? found : null;
  }

  private static int lowerBound(long[] a, long x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The padded bigrams of a name, as the filter takes them. */
  static Map<String, Boolean> bigrams(String name) {
    String padded = ' ' + name + ' ';
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < padded.length(); i++) {
      out.put(padded.substring(i, i + 2), Boolean.TRUE);
    }
    return out;
  }
}
