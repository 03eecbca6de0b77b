package io.venn.bench.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the generator derives from the real sample once: the distinctive keys and web labels already
 * taken, the word vocabulary for synthetic names, the common words for hard negatives, and real
 * (country, city) places.
 */
final class SampleIndex {
  private static volatile SampleIndex instance;

  final List<Company> companies;
  final Set<String> realKeys;
  final Set<String> realLabels;
  /** Distinctive words (4..12 letters), sorted; none of them alone is a real company's key. */
  final List<String> vocabulary;
  /** Vocabulary words found in at least {@value #COMMON_MIN_COMPANIES} company names. */
  final Set<String> commonWords;
  /** Real places: {country, city}, both present. */
  final List<String[]> places;

  static final int COMMON_MIN_COMPANIES = 15;

  private SampleIndex(List<Company> companies) {
    this.companies = companies;
    Set<String> keys = new HashSet<>();
    Set<String> labels = new HashSet<>();
    Map<String, Integer> df = new HashMap<>();
    List<String[]> placeList = new ArrayList<>();
    for (Company c : companies) {
      String key = NameKeys.key(c.name());
      keys.add(key);
      labels.add(Websites.label(Websites.host(c.website())));
      for (String w : new TreeSet<>(NameKeys.words(c.name()))) {
        df.merge(w, 1, Integer::sum);
      }
      if (c.country() != null && c.city() != null) {
        placeList.add(new String[] {c.country(), c.city()});
      }
    }
    TreeSet<String> vocab = new TreeSet<>();
    Set<String> common = new HashSet<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      String w = e.getKey();
      if (w.length() >= 4 && w.length() <= 12 && w.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')
          && !NameKeys.isGeneric(w) && !keys.contains(w)) {
        vocab.add(w);
        if (e.getValue() >= COMMON_MIN_COMPANIES) {
          common.add(w);
        }
      }
    }
    this.realKeys = Set.copyOf(keys);
    this.realLabels = Set.copyOf(labels);
    this.vocabulary = List.copyOf(vocab);
    this.commonWords = Set.copyOf(common);
    this.places = List.copyOf(placeList);
  }

  static SampleIndex get() {
    SampleIndex result = instance;
    if (result == null) {
      synchronized (SampleIndex.class) {
        result = instance;
        if (result == null) {
          result = new SampleIndex(CompanySample.load());
          instance = result;
        }
      }
    }
    return result;
  }

  static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
