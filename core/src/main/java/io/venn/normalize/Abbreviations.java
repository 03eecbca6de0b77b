package io.venn.normalize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Expands the abbreviations of {@code abbreviations.tsv} ("intl" -> "international"), token by token. */
final class Abbreviations {
  private static final Map<String, String> EXPANSIONS = load();

  private Abbreviations() {}

  /** The expansion of a folded token, or the token itself. */
  static String expand(String token) {
    return EXPANSIONS.getOrDefault(token, token);
  }

  /** Every abbreviation and expansion: words that must never be mistaken for legal forms. */
  static Set<String> words() {
    Set<String> words = new HashSet<>(EXPANSIONS.keySet());
    words.addAll(EXPANSIONS.values());
    return words;
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (String line : Resources.lines("abbreviations.tsv")) {
      String[] cols = line.split("\t");
      map.put(cols[0], cols[1]);
    }
    return Map.copyOf(map);
  }
}
