package io.venn.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The descriptor words of Spanish, Portuguese, Italian and French names in English ({@code
 * latin-words.tsv}): "banco" is "bank", "siderurgica" "steel"; likewise German, Dutch, Nordic,
 * Finnish, Polish, Czech, Hungarian and Turkish ones and the country adjectives English-language CRMs
 * translate ("Österreichische Post" is "austrian post"); and of Japanese names as their readings
 * are romanized ({@code romaji-words.tsv}): "kogyo" is "industries", "ju kogyo" "heavy industries".
 * Why: registries and English CRMs translate these names ("Banco de Chile" is SEC EDGAR's "BANK OF
 * CHILE", "住友電気工業" is "Sumitomo Electric Industries"), and the translated words met none of the
 * originals, so only a shared place or brand word was left to match on.
 */
final class EnglishWords {
  private static final Map<String, String> ENGLISH = load("latin-words.tsv", "romaji-words.tsv");
  /** Two words that translate as two ("ju kogyo" as "heavy industries"), by the two words... */
  private static final Map<String, String[]> PAIRS = pairs(ENGLISH);
  /** ...and their first words, so that most names never build a pair's key. */
  private static final Set<String> PAIR_STARTS = starts(PAIRS);

  private EnglishWords() {}

  /**
   * The words in English where the table has them, in order; the same list when none is translated
   * or the name is one word (then the word is the brand: "Medios AG" is no "media" company).
   */
  static List<String> inEnglish(List<String> words) {
    if (words.size() < 2) {
      return words;
    }
    List<String> out = null;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String[] pair = i + 1 < words.size() && PAIR_STARTS.contains(w) ? PAIRS.get(w + " " + words.get(i + 1)) : null;
      if (pair != null) {
        if (out == null) {
          out = new ArrayList<>(words.subList(0, i));
        }
        out.add(pair[0]);
        out.add(pair[1]);
        i++;
        continue;
      }
      String english = ENGLISH.get(w);
      if (english == null) {
        if (out != null) {
          out.add(w);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(words.subList(0, i));
      }
      out.add(english);
    }
    return out == null ? words : out;
  }

  private static Map<String, String> load(String... files) {
    Map<String, String> map = new HashMap<>();
    for (String file : files) {
      for (String[] row : Resources.table(file, 2, 2, "a folded word (or two) and its English, tab-separated")) {
        map.put(row[0], row[1]);
      }
    }
    return Map.copyOf(map);
  }

  private static Set<String> starts(Map<String, String[]> pairs) {
    Set<String> starts = new HashSet<>();
    pairs.keySet().forEach(p -> starts.add(p.substring(0, p.indexOf(' '))));
    return Set.copyOf(starts);
  }

  private static Map<String, String[]> pairs(Map<String, String> english) {
    Map<String, String[]> pairs = new HashMap<>();
    english.forEach((words, translation) -> {
      if (words.indexOf(' ') > 0) {
        String[] two = translation.split(" ");
        if (two.length != 2) {
          throw new IllegalStateException("'" + words + "' must translate as two words, not '" + translation + "'");
        }
        pairs.put(words, two);
      }
    });
    return Map.copyOf(pairs);
  }
}
