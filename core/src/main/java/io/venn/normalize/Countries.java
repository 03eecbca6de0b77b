package io.venn.normalize;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Country names, codes and aliases to ISO 3166-1 alpha-2.
 *
 * <p>The table is built once, lazily, in three tiers: the alpha-2 and alpha-3 codes and English
 * names from {@link Locale}; the names in fifteen Latin-script languages; each country's names in
 * its own languages ("Deutschland", "España", "Schweiz", "Suisse"). The last two were written from
 * the JDK's locale data to {@code country-names-in-languages.txt} and {@code country-native-names.txt}
 * (tools/CountryNames.java). The hand-kept aliases of {@code country-aliases.txt}
 * ("USA", "U.K.", "Holland", "South Korea", "Ivory Coast"), which win over everything else. Lookups
 * fold case, accents and punctuation and ignore a leading "the".
 */
public final class Countries {
  private static final Set<Character.UnicodeScript> MAJOR_SCRIPTS = EnumSet.of(
      Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK,
      Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
      Character.UnicodeScript.HANGUL, Character.UnicodeScript.ARABIC, Character.UnicodeScript.HEBREW,
      Character.UnicodeScript.COMMON, Character.UnicodeScript.INHERITED);

  /** Abbreviated words in country names ("British Virgin Isl", "St. Lucia", "Slovak Rep."). */
  private static final Map<String, String> WORDS =
      Map.of("isl", "islands", "st", "saint", "rep", "republic", "neth", "netherlands");

  private Countries() {}

  /**
   * The ISO alpha-2 code (upper case) of a country name, code or alias.
   *
   * @return ok("DE") for "Deutschland", "DEU", "de", "Germany"; rejected {@link Reason#EMPTY} when
   *     blank; rejected {@link Reason#UNKNOWN_COUNTRY} otherwise
   */
  public static Normalized iso2(String raw) {
    if (raw == null || raw.isBlank()) {
      return Normalized.rejected(Reason.EMPTY, raw);
    }
    String code = lookup(raw);
    return code == null ? Normalized.rejected(Reason.UNKNOWN_COUNTRY, raw) : Normalized.ok(code);
  }

  /**
   * The alpha-2 code, or {@code null} when unknown. The common spellings (codes, English names,
   * aliases) are looked up first, then the names in fifteen Latin-script languages, and only when
   * those miss the names in every language: each tier is built on the first lookup it is needed for.
   */
  static String lookup(String raw) {
    String key = key(raw);
    if (key.isEmpty()) {
      return null;
    }
    String code = latinLookup(key);
    return code != null ? code : AllLanguages.BY_KEY.get(key);
  }

  /**
   * The alpha-2 code of a name in English or one of the fifteen languages ("España", "Deutschland"),
   * or {@code null}. For text that is rarely a country (the words after a company name), so a miss
   * never loads every language.
   */
  static String lookupLatinLanguages(String raw) {
    String key = key(raw);
    return key.isEmpty() ? null : latinLookup(key);
  }

  private static String latinLookup(String key) {
    String code = Common.BY_KEY.get(key);
    return code != null ? code : LatinLanguages.BY_KEY.get(key);
  }

  /**
   * Folded words, a leading "the" dropped, the abbreviations of {@link #WORDS} expanded in names of
   * several words. Names in other scripts are keyed as written (NFKC, lower case, single spaces),
   * not romanized: "Германия" is found as itself, and no transliterator is loaded for the table.
   */
  private static String key(String name) {
    if (TextFolding.hasNonLatinLetters(name)) {
      return String.join(" ", java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
          .toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }
    List<String> tokens = TextFolding.tokens(name);
    StringBuilder key = new StringBuilder(name.length());
    for (int i = 0; i < tokens.size(); i++) {
      if (i == 0 && tokens.get(0).equals("the")) {
        continue;
      }
      if (key.length() > 0) {
        key.append(' ');
      }
      // never a lone token: "IS" and "ST" are the codes of Iceland and São Tomé
      key.append(tokens.size() > 1 ? WORDS.getOrDefault(tokens.get(i), tokens.get(i)) : tokens.get(i));
    }
    return key.toString();
  }

  /**
   * Whether every letter is Latin, Cyrillic, Greek, Han, Kana, Hangul, Arabic or Hebrew: the scripts
   * whose country names we accept.
   */
  private static boolean inMajorScript(String name) {
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x80 && Character.isLetter(cp) && !MAJOR_SCRIPTS.contains(Character.UnicodeScript.of(cp))) {
        return false;
      }
    }
    return true;
  }

  /** Holder of the common spellings: aliases, codes and English names, built on first use. */
  private static final class Common {
    static final Map<String, String> BY_KEY = Map.copyOf(Table.common());
  }

  /** Holder of the names in the fifteen languages, the common ones first: built on the first lookup they miss. */
  private static final class LatinLanguages {
    static final Map<String, String> BY_KEY = Map.copyOf(Table.latinLanguages());
  }

  /** Holder of every spelling: built on the first lookup the others miss. */
  private static final class AllLanguages {
    static final Map<String, String> BY_KEY = Table.all();
  }

  private static final class Table {
    static Map<String, String> common() {
      Map<String, String> byKey = new HashMap<>(2048);
      for (String line : Resources.lines("country-aliases.txt")) {
        int tab = line.indexOf('\t');
        put(byKey, line.substring(tab + 1), line.substring(0, tab));
      }
      String[] codes = Locale.getISOCountries();
      for (String code : codes) {
        byKey.putIfAbsent(code.toLowerCase(Locale.ROOT), code);
        try {
          String alpha3 = new Locale("", code).getISO3Country();
          if (!alpha3.isEmpty()) {
            byKey.putIfAbsent(alpha3.toLowerCase(Locale.ROOT), code);
          }
        } catch (MissingResourceException e) {
          // a few codes have no alpha-3 in the JDK's data; the alpha-2 and names still work
        }
      }
      for (String code : codes) {
        put(byKey, new Locale("", code).getDisplayCountry(Locale.ENGLISH), code);
      }
      return byKey;
    }

    /** The common spellings, then the names in fifteen Latin-script languages, language by language. */
    static Map<String, String> latinLanguages() {
      Map<String, String> byKey = new HashMap<>(Common.BY_KEY);
      putAll(byKey, "country-names-in-languages.txt");
      return byKey;
    }

    /** Every name; each country's own-language names before the fifteen languages, as ever. */
    static Map<String, String> all() {
      Map<String, String> byKey = new HashMap<>(Common.BY_KEY);
      putAll(byKey, "country-native-names.txt");
      LatinLanguages.BY_KEY.forEach(byKey::putIfAbsent);
      return Map.copyOf(byKey);
    }

    /**
     * Names from a table written from the JDK's locale data (tools/CountryNames.java), one "language
     * tag, code, name" per line. Why not ask {@link Locale}: that reads every language's locale
     * data, 0.4 s of CPU for the fifteen languages and 1.5 s for all, paid by the first country
     * cell the common spellings miss ("Deutschland", "N/A", "日本").
     */
    private static void putAll(Map<String, String> byKey, String resource) {
      for (String line : Resources.lines(resource)) {
        String[] field = line.split("\t");
        put(byKey, field[2], field[1]);
      }
    }

    private static void put(Map<String, String> byKey, String name, String code) {
      if (!inMajorScript(name)) {
        return; // names in minor scripts are not what CRM exports hold
      }
      if (hasUmlaut(name)) { // "Österreich" is also written "Oesterreich"
        putFolded(byKey, name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
            .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"), code);
      }
      putFolded(byKey, name, code);
    }

    private static boolean hasUmlaut(String name) {
      for (int i = 0; i < name.length(); i++) {
        if ("äöüÄÖÜ".indexOf(name.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
    }

    private static void putFolded(Map<String, String> byKey, String name, String code) {
      String key = key(name);
      // a display name equal to the bare code means the JDK has no translation
      if (!key.isEmpty() && !key.equalsIgnoreCase(code)) {
        byKey.putIfAbsent(key, code);
      }
    }
  }
}
