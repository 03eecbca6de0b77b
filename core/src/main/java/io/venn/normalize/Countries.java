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
 * <p>The table is built once, lazily, from {@link Locale}: the alpha-2 and alpha-3 codes, the
 * English names, each country's name in its own languages ("Deutschland", "España", "Schweiz",
 * "Suisse") and in fifteen Latin-script languages, plus the hand-kept aliases of {@code country-aliases.txt}
 * ("USA", "U.K.", "Holland", "South Korea", "Ivory Coast"), which win over everything else. Lookups
 * fold case, accents and punctuation and ignore a leading "the".
 */
public final class Countries {
  /** Latin-script languages whose country names are accepted besides each country's own languages. */
  private static final List<String> LANGUAGES =
      List.of("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl", "cs", "tr", "id");

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
   * aliases) are looked up first; the names in every language are loaded only when those miss,
   * since reading the JDK's locale data costs a second or more at start-up.
   */
  static String lookup(String raw) {
    String key = key(raw);
    if (key.isEmpty()) {
      return null;
    }
    String code = Common.BY_KEY.get(key);
    return code != null ? code : AllLanguages.BY_KEY.get(key);
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

  /** Holder of every spelling, the common ones first: built on the first lookup they miss. */
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

    static Map<String, String> all() {
      Map<String, String> byKey = common();
      String[] codes = Locale.getISOCountries();
      for (Locale local : Locale.getAvailableLocales()) {
        String code = local.getCountry();
        if (code.length() == 2) {
          put(byKey, local.getDisplayCountry(local), code);
        }
      }
      for (String language : LANGUAGES) {
        Locale in = new Locale(language);
        for (String code : codes) {
          put(byKey, new Locale("", code).getDisplayCountry(in), code);
        }
      }
      return Map.copyOf(byKey);
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
