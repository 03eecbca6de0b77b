package io.venn.normalize;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** {@link #city(String, String)} of a city whose country is unknown: Han is read as Chinese. */
  public static Normalized city(String raw) {
    return city(raw, null);
  }

  /**
   * A city as {@link #fold} has it, but named in English when it is a city that CRMs write in
   * several languages or scripts (city-names.tsv): "Москва", "Moskva" and "Moscow" are all "moscow",
   * "東京都" and "Tokyo" "tokyo", "München" and "Munich" "munich"; a Japanese or Korean city without its
   * administrative suffix ("서울특별시" as "서울", "seoul"). Without this a CRM keeping its
   * cities in the local language disagreed with one in English on every such record, evidence
   * against the pair.
   *
   * @param country the account's ISO alpha-2 country or {@code null}: in Japan a city in kanji is
   *     read in Japanese ("池田市" is "ikeda", not Mandarin's "chitian"); Latin text folds alike everywhere
   */
  public static Normalized city(String raw, String country) {
    Normalized folded = fold(raw);
    if (!folded.isOk()) {
      return folded;
    }
    if (TextFolding.isLatinRange(raw)) {
      String english = CityNames.ENGLISH.get(folded.value());
      if (english != null) {
        return Normalized.ok(english);
      }
      String value = folded.value();
      if (CityNames.NAMES.contains(value)) {
        return folded; // an English name the table gives, linking words and all ("rostov on don")
      }
      String bare = bareCity(raw);
      if (bare != raw) {
        Normalized bareFolded = fold(bare);
        value = bareFolded.isOk() ? bareFolded.value() : value;
      }
      value = withShortWordsSpelt(withoutQualifier(value));
      english = CityNames.ENGLISH.get(value);
      if (english == null && !"US".equals(country) && !CityNames.NAMES.contains(value)) {
        String stem = withoutCityWord(value);
        english = stem == null ? null : CityNames.ENGLISH.getOrDefault(stem, stem);
      }
      return Normalized.ok(english == null ? value : english);
    }
    String english = CityNames.nativeCity(CityNames.nativeKey(raw), country);
    if (english == null && "JP".equals(country)) {
      english = TextFolding.phrase(raw, country);
    }
    return english == null || english.isEmpty() ? folded : Normalized.ok(english);
  }

  /**
   * Words a CRM writes after a city's name that say it is a city: English "City" ("Makati City",
   * "Quezon City", "Ho Chi Minh City", "Kuwait City"), romanized 市 ("Kobe-shi", "Shenzhen Shi") and
   * 시 ("Suwon-si"). The other CRM writes the name alone; read whole, the two disagreed (evidence
   * against the pair). A city the table names with the word ("Mexico City") keeps it, and so does
   * every US city: there "Kansas City", "Carson City" and "Union City" are names of their own.
   */
  private static final Pattern CITY_WORD = Pattern.compile("(\\p{L}.{2,}) (?:city|shi|si)");

  /**
   * What a CRM writes beside a city's name in the city field: a bracketed region ("Langen
   * (Hessen)", "Halle (Saale)"), a region or country after a comma ("Sydney, NSW", "Celaya, Gto."),
   * a second name or river after a slash ("Frankfurt/Main", "Biel/Bienne"), a region's code or a
   * district's or postal number after it ("Perth WA", "Colombo 02", "Paris 75008") or a postal code
   * before it ("75008 Paris"). The other CRM writes the name alone.
   */
  private static final Pattern BESIDE_CITY = Pattern.compile(
      "(\\p{L}.*?\\p{L})(?: ?\\([^()]*\\)| ?,.*|(?<=\\p{L}{3}) ?/\\p{L}.*| [A-Z]{2,3}| \\d{1,6})");
  private static final Pattern POSTCODE_FIRST = Pattern.compile("\\d{4,6} (\\p{L}.*)");

  /** The raw city without what {@link #BESIDE_CITY} says is beside it; the same string when nothing is. */
  static String bareCity(String raw) {
    String city = raw.strip();
    Matcher postcode = Character.isDigit(city.charAt(0)) ? POSTCODE_FIRST.matcher(city) : null;
    if (postcode != null && postcode.matches()) {
      return bareCity(postcode.group(1));
    }
    if (city.indexOf('(') < 0 && city.indexOf(',') < 0 && city.indexOf('/') < 0
        && !Character.isDigit(city.charAt(city.length() - 1))
        && !(city.length() > 3 && Character.isUpperCase(city.charAt(city.length() - 1)) && Character.isUpperCase(city.charAt(city.length() - 2)))) {
      return raw; // most cities: no regex
    }
    Matcher m = BESIDE_CITY.matcher(city);
    if (!m.matches() || m.group(1).length() < 3) {
      return raw;
    }
    boolean codeOnly = city.indexOf('(') < 0 && city.indexOf(',') < 0 && city.indexOf('/') < 0;
    if (codeOnly && m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT))) {
      return raw; // "BIEN HOA" in capitals: a region code cannot be told from a short word
    }
    return m.group(1);
  }

  /**
   * A river, region or landmark a German, Dutch, English or French city's name carries after a
   * linking word ("Esslingen am Neckar", "Landsberg a. Lech", "Stein bei Nürnberg", "Alphen aan den
   * Rijn", "Newcastle upon Tyne", "Neuilly-sur-Seine"), which CRMs as often leave out. Two towns of
   * one name are then one city ("Neustadt an der Weinstraße", "Neustadt bei Coburg"): weak evidence
   * either way, where the name written two ways was evidence against every such pair.
   */
  private static final Pattern QUALIFIER = Pattern.compile(
      "(\\p{L}{3,}(?: \\p{L}+)?) (?:am|an der|an|a d|ad|a|bei|b|im|i|in der|ob der|upon|on|aan den|aan de|sur|sous) \\p{L}.*");

  /** A folded city without its {@link #QUALIFIER}; the same string when it has none. */
  static String withoutQualifier(String folded) {
    if (folded.indexOf(' ') < 0) {
      return folded;
    }
    Matcher m = QUALIFIER.matcher(folded);
    return m.matches() ? m.group(1) : folded;
  }

  /**
   * Short words that begin city names, spelt out: "St Paul" is "Saint Paul", "Mt Maunganui" "Mount
   * Maunganui", "W Des Moines" "West Des Moines". Not "S", which is San, Sant, Sankt or South.
   */
  private static final Map<String, String> SHORT_FIRST_WORDS = Map.of(
      "st", "saint", "ste", "sainte", "sankt", "saint", "mt", "mount", "ft", "fort", "w", "west", "e", "east", "n", "north");

  static String withShortWordsSpelt(String folded) {
    int space = folded.indexOf(' ');
    if (space < 0 || space > 5) {
      return folded;
    }
    String spelt = SHORT_FIRST_WORDS.get(folded.substring(0, space));
    return spelt == null ? folded : spelt + folded.substring(space);
  }

  /** A folded city without its {@link #CITY_WORD}, or null when it has none. */
  static String withoutCityWord(String folded) {
    if (!folded.endsWith(" city") && !folded.endsWith(" shi") && !folded.endsWith(" si")) {
      return null; // most cities: no regex
    }
    Matcher m = CITY_WORD.matcher(folded);
    return m.matches() ? m.group(1) : null;
  }

  /** The city table, read on first use: lists without cities never load it. */
  private static final class CityNames {
    /** Latin spellings by their folded form, the others by their NFKC lower case. */
    static final Map<String, String> ENGLISH = load();

    /** The English names the table gives ("mexico city", "quebec city"): a CRM writing one means it. */
    static final java.util.Set<String> NAMES = java.util.Set.copyOf(ENGLISH.values());

    /**
     * Administrative suffixes a Japanese or Korean CRM writes after a city: 大阪市, 서울특별시 (市 in
     * Chinese too: 成都市 is 成都). Not 都 or 府, which end city names (成都, Chengdu): 東京都 and
     * 大阪府 are rows of the table.
     */
    private static final String[] SUFFIXES = {"특별자치시", "특별시", "광역시", "県", "市", "区", "시"};

    /**
     * A prefecture or province written before the city, as Japanese and Chinese addresses begin:
     * 東京都港区, 神奈川県横浜市, 广东省深圳市. Group 1 is what follows it.
     */
    private static final Pattern PREFECTURE = Pattern.compile("(?:東京都|北海道|京都府|大阪府|\\p{IsHan}{2,3}[県省])(.+)");

    /**
     * A city and the ward after it, "大阪市北区": the city is what a CRM in English names. Greedy, so a
     * city with 市 in its name keeps it ("四日市市中区"); without a ward ("四日市市") only the suffix goes.
     */
    private static final Pattern CITY_AND_WARD = Pattern.compile("(.+市)\\p{IsHan}{1,4}区");

    /** Ends of a first word that names the city before its district ("서울특별시 강남구")... */
    private static final String CITY_ENDS = "市시";
    /** ...or a prefecture or province before the city ("경기도 수원시", "大阪府 堺市"). */
    private static final String PROVINCE_ENDS = "県省도道府都";

    /**
     * A city written in its own script, read as a CRM means it: the city an address's first
     * words name, not the ward or district after it. A Japanese CRM writes "東京都中央区" where an
     * English one writes "Tokyo"; read whole, the two disagreed (evidence against the pair).
     */
    static String nativeCity(String key, String country) {
      String english = ENGLISH.get(key);
      if (english != null) {
        return english;
      }
      int space = key.indexOf(' ');
      if (space > 0) {
        char end = key.charAt(space - 1);
        if (CITY_ENDS.indexOf(end) >= 0) {
          return part(key.substring(0, space), country);
        }
        if (PROVINCE_ENDS.indexOf(end) >= 0) {
          String rest = key.substring(space + 1).strip();
          // A Japanese or Chinese prefecture is read with what follows ("東京都 港区" as "東京都港区");
          // a Korean province is dropped
          return end == '도' ? part(rest, country) : part(key.substring(0, space) + rest, country);
        }
      }
      Matcher prefecture = PREFECTURE.matcher(key);
      if (prefecture.matches()) {
        String rest = prefecture.group(1).strip();
        // Tokyo's 23 special wards are Tokyo to anyone writing it in English.
        return key.startsWith("東京都") && rest.endsWith("区") ? "tokyo" : part(rest, country);
      }
      Matcher ward = CITY_AND_WARD.matcher(key);
      if (ward.matches()) {
        return part(ward.group(1), country);
      }
      for (String suffix : SUFFIXES) {
        if (key.endsWith(suffix) && key.length() > suffix.length()) {
          String stem = key.substring(0, key.length() - suffix.length());
          english = ENGLISH.get(stem);
          String stemFolded = english != null ? english : TextFolding.phrase(stem, country);
          return stemFolded.isEmpty() ? null : stemFolded;
        }
      }
      return null;
    }

    /** The city a part of the address names, as {@link #nativeCity} reads it or folded. */
    private static String part(String key, String country) {
      String english = nativeCity(key, country);
      if (english != null) {
        return english;
      }
      String folded = TextFolding.phrase(key, country);
      return folded.isEmpty() ? null : folded;
    }

    static String nativeKey(String s) {
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
