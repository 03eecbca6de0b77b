package io.venn.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The descriptor words of Spanish, Portuguese, Italian and French names in English ({@code
 * latin-words.tsv}): "banco" is "bank", "siderurgica" "steel". Why: registries and English CRMs
 * translate these names ("Banco de Chile" is SEC EDGAR's "BANK OF CHILE"), and the translated words
 * met none of the originals, so only a shared place name was left to match on.
 */
final class LatinWords {
  private static final Map<String, String> ENGLISH = load();

  private LatinWords() {}

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

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (String[] row : Resources.table("latin-words.tsv", 2, 2, "a folded word and its English, tab-separated")) {
      map.put(row[0], row[1]);
    }
    return Map.copyOf(map);
  }
}
