package io.venn.normalize;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Cities and states (regions): folded words, so spellings of the same place compare equal. */
public final class Places {
  private Places() {}

  /**
   * Lower-case ASCII words, punctuation removed, whitespace collapsed: "St. Louis" -> "st louis",
   * "São Paulo" -> "sao paulo", "Москва" -> "moskva", "Saint-Étienne" -> "saint etienne".
   *
   * @return ok(folded), or rejected {@link Reason#EMPTY} when there is no letter or digit
   */
  public static Normalized fold(String raw) {
    if (raw == null || raw.isBlank()) {
      return Normalized.rejected(Reason.EMPTY, raw);
    }
    String folded = TextFolding.phrase(raw);
    return folded.isEmpty() ? Normalized.rejected(Reason.EMPTY, raw) : Normalized.ok(folded);
  }

  /**
   * A city as {@link #fold} has it, but named in English when it is a city that CRMs write in
   * several languages or scripts (city-names.tsv): "Москва", "Moskva" and "Moscow" are all "moscow",
   * "東京都" and "Tokyo" "tokyo", "München" and "Munich" "munich"; a Japanese or Korean city without its
   * administrative suffix ("서울특별시" as "서울", "seoul"). Without this a CRM keeping its
   * cities in the local language disagreed with one in English on every such record, evidence
   * against the pair.
   */
  public static Normalized city(String raw) {
    Normalized folded = fold(raw);
    if (!folded.isOk()) {
      return folded;
    }
    String english = CityNames.english(raw, folded.value());
    return english == null ? folded : Normalized.ok(english);
  }

  /** The city table, read on first use: lists without cities never load it. */
  private static final class CityNames {
    /** Latin spellings by their folded form, the others by their NFKC lower case. */
    private static final Map<String, String> ENGLISH = load();

    /**
     * Administrative suffixes a Japanese or Korean CRM writes after a city: 大阪市, 서울특별시 (市 in
     * Chinese too: 成都市 is 成都). Not 都 or 府, which end city names (成都, Chengdu): 東京都 and
     * 大阪府 are rows of the table.
     */
    private static final String[] SUFFIXES = {"특별자치시", "특별시", "광역시", "県", "市", "区", "시"};

    /** The English name, the folded name without its administrative suffix, or {@code null}: keep the folded one. */
    static String english(String raw, String folded) {
      if (TextFolding.isLatinRange(raw)) {
        return ENGLISH.get(folded);
      }
      String key = nativeKey(raw);
      String english = ENGLISH.get(key);
      if (english != null) {
        return english;
      }
      for (String suffix : SUFFIXES) {
        if (key.endsWith(suffix) && key.length() > suffix.length()) {
          String stem = key.substring(0, key.length() - suffix.length());
          english = ENGLISH.get(stem);
          String stemFolded = english != null ? english : TextFolding.phrase(stem);
          return stemFolded.isEmpty() ? null : stemFolded;
        }
      }
      return null;
    }

    private static String nativeKey(String s) {
      return Normalizer.normalize(s.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
      Map<String, String> english = new HashMap<>();
      for (String[] row : Resources.table("city-names.tsv", 2, 2, "a spelling and its English name, tab-separated")) {
        String key = TextFolding.isLatinRange(row[0]) ? TextFolding.phrase(row[0]) : nativeKey(row[0]);
        english.put(key, row[1]);
      }
      return Map.copyOf(english);
    }
  }
}
