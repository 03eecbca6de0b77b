package io.venn.bench.data;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Country spellings as CRMs hold them: English names, ISO codes and common aliases, plus each
 * country's usual web suffix. Only what the generator needs; not a normalizer.
 */
final class Countries {
  private static final Map<String, String> CODE_BY_NAME = new HashMap<>();
  private static final Map<String, List<String>> ALIASES = Map.ofEntries(
      Map.entry("US", List.of("USA", "US", "U.S.", "United States of America", "U.S.A.")),
      Map.entry("GB", List.of("UK", "GB", "Great Britain", "U.K.")),
      Map.entry("DE", List.of("Deutschland", "DE", "DEU")),
      Map.entry("KR", List.of("Korea, Republic of", "Republic of Korea", "KR", "Korea (South)")),
      Map.entry("CN", List.of("People's Republic of China", "PRC", "CN", "CHN")),
      Map.entry("NL", List.of("The Netherlands", "Holland", "NL")),
      Map.entry("RU", List.of("Russian Federation", "RU")),
      Map.entry("HK", List.of("Hong Kong SAR", "HK", "Hong Kong SAR China")),
      Map.entry("CH", List.of("Schweiz", "CH", "CHE")),
      Map.entry("AE", List.of("UAE", "AE", "U.A.E.")),
      Map.entry("CZ", List.of("Czechia", "CZ")),
      Map.entry("VN", List.of("Viet Nam", "VN")),
      Map.entry("CI", List.of("Côte d'Ivoire", "CI")),
      Map.entry("MK", List.of("North Macedonia", "MK")),
      Map.entry("MO", List.of("Macao", "MO")));
  private static final Map<String, String> WEB_SUFFIX = Map.ofEntries(
      Map.entry("GB", "co.uk"), Map.entry("JP", "co.jp"), Map.entry("AU", "com.au"), Map.entry("BR", "com.br"),
      Map.entry("KR", "co.kr"), Map.entry("IN", "co.in"), Map.entry("NZ", "co.nz"), Map.entry("ZA", "co.za"),
      Map.entry("HK", "com.hk"), Map.entry("TW", "com.tw"), Map.entry("SG", "com.sg"), Map.entry("MY", "com.my"),
      Map.entry("ID", "co.id"), Map.entry("TH", "co.th"), Map.entry("MX", "com.mx"), Map.entry("TR", "com.tr"),
      Map.entry("CN", "cn"), Map.entry("IL", "co.il"), Map.entry("AR", "com.ar"), Map.entry("US", "us"));

  static {
    for (String cc : Locale.getISOCountries()) {
      CODE_BY_NAME.put(new Locale("", cc).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), cc);
    }
    CODE_BY_NAME.put("hong kong", "HK");
    CODE_BY_NAME.put("macau", "MO");
    CODE_BY_NAME.put("czech republic", "CZ");
    CODE_BY_NAME.put("ivory coast", "CI");
    CODE_BY_NAME.put("macedonia", "MK");
    CODE_BY_NAME.put("netherlands antilles", "AN");
  }

  private Countries() {}

  /** ISO alpha-2 of an English country name as the sample spells it, or {@code null}. */
  static String code(String englishName) {
    return englishName == null ? null : CODE_BY_NAME.get(englishName.toLowerCase(Locale.ROOT));
  }

  /** Another way a CRM writes this country (alias, alpha-2 or alpha-3), never the name itself. */
  static String respell(String englishName, SplittableRandom random) {
    String cc = code(englishName);
    if (cc == null) {
      return englishName.toUpperCase(Locale.ROOT);
    }
    List<String> aliases = ALIASES.get(cc);
    if (aliases != null) {
      return aliases.get(random.nextInt(aliases.size()));
    }
    String alpha3 = alpha3(cc);
    return random.nextBoolean() || alpha3 == null ? cc : alpha3;
  }

  /** The web suffix a company would use in this country ("co.uk", "de"), or "com" when unknown. */
  static String webSuffix(String englishName) {
    String cc = code(englishName);
    if (cc == null || cc.equals("AN")) {
      return "com";
    }
    return WEB_SUFFIX.getOrDefault(cc, cc.toLowerCase(Locale.ROOT));
  }

  private static String alpha3(String cc) {
    try {
      return new Locale("", cc).getISO3Country();
    } catch (java.util.MissingResourceException e) {
      return null;
    }
  }
}
