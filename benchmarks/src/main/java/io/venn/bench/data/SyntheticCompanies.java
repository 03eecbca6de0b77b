package io.venn.bench.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Distinct made-up companies beyond the real sample, by recombining real name words: company
 * {@code k} takes words {@code a = k mod n} and {@code b = a + d} with {@code d = 1 + k / n < n / 2},
 * so no two companies share a word pair (in either order) and none has a real company's key or web
 * label. Deterministic for a seed.
 */
final class SyntheticCompanies {
  private final SampleIndex index;
  private final List<String> words;
  private final long seed;
  private long next;

  SyntheticCompanies(SampleIndex index, long seed) {
    this.index = index;
    this.seed = seed;
    List<String> shuffled = new ArrayList<>(index.vocabulary);
    Collections.shuffle(shuffled, new Random(seed));
    this.words = List.copyOf(shuffled);
  }

  /** The capacity: how many distinct companies this vocabulary can make. */
  long capacity() {
    long n = words.size();
    return n * (n / 2 - 1);
  }

  /**
   * The next company in the sequence.
   *
   * @throws IllegalStateException if the capacity is exhausted
   */
  Company next() {
    while (true) {
      long k = next++;
      int n = words.size();
      long d = 1 + k / n;
      if (d >= n / 2) {
        throw new IllegalStateException("synthetic company capacity exhausted at " + k);
      }
      String a = words.get((int) (k % n));
      String b = words.get((int) ((k % n + d) % n));
      String label = a + "-" + b;
      String key = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
      if (index.realKeys.contains(key) || index.realLabels.contains(label)) {
        continue;
      }
      long mix = (k + 1) * 0x9E3779B97F4A7C15L ^ seed;
      String[] place = index.places.get((int) Math.floorMod(mix, (long) index.places.size()));
      String generic = NameKeys.GENERIC.get((int) Math.floorMod(mix >>> 17, (long) NameKeys.GENERIC.size()));
      String joiner = Math.floorMod(mix >>> 29, 6L) == 0 ? " & " : " ";
      String name = SampleIndex.capitalize(a) + joiner + SampleIndex.capitalize(b) + " " + generic + " "
          + LegalForms.typical(Countries.code(place[0]));
      String website = "https://www." + label + "." + Countries.webSuffix(place[0]);
      return new Company(name, website, place[0], place[1]);
    }
  }
}
