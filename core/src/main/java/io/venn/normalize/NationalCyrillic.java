package io.venn.normalize;

/**
 * Cyrillic letters that Russian does not have, written as the Latin letters the companies of their
 * languages use: Ukrainian і ї є ґ ("Україна", "Київстар"), Belarusian ў, Serbian ј љ њ ћ ђ џ
 * ("Србија" is "Srbija"), Macedonian ѓ ќ ѕ, Kazakh, Kyrgyz, Uzbek, Tajik and Mongolian ә ғ қ ң ө ұ
 * ү һ ҳ ҷ ӯ. Why: {@link Romanizer} reads Cyrillic with the Russian BGN/PCGN table, which knows
 * none of them and dropped them as word breaks ("Україна" became "ukra na", "Србија" "srbi a"), so
 * such names shared no word with their Latin spelling. Written before the Russian table runs; the
 * Latin letters pass through it unchanged. Ђ, ћ and џ as Serbian Latin writes them (đ, ć, dž),
 * folded as {@link LatinFolding} folds those.
 */
final class NationalCyrillic {
  private NationalCyrillic() {}

  /** Countries that write Serbian, Montenegrin, Bosnian or Macedonian in Cyrillic. */
  private static final java.util.Set<String> SOUTH_SLAVIC = java.util.Set.of("RS", "ME", "BA", "MK");

  /** Letters only the South Slavic alphabets have: text holding one is read by them. */
  private static final String SOUTH_SLAVIC_LETTERS = "јљњћђџѓќѕЈЉЊЋЂЏЃЌЅ";

  /**
   * The text with every non-Russian Cyrillic letter in Latin; the same string when it has none. In
   * a South Slavic country, or in text with a letter only those alphabets have, х ч ш ж ц are
   * written as Serbian Latin writes them (h, č, š, ž, c, folded as Latin is), and й as j, as Serbian
   * transcribes Russian names: "Хемофарм" is Hemofarm there, where the Russian table gives "khemofarm".
   *
   * @param country ISO alpha-2 or null
   */
  static String toLatin(String text, String country) {
    boolean southSlavic = (country != null && SOUTH_SLAVIC.contains(country)) || hasAny(text, SOUTH_SLAVIC_LETTERS);
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char lower = Character.toLowerCase(c);
      String latin = southSlavic ? southSlavic(lower) : null;
      if (latin == null) {
        latin = latin(lower);
      }
      if (latin != null && out == null) {
        out = new StringBuilder(text.length() + 4).append(text, 0, i);
      }
      if (out != null) {
        out.append(latin == null ? String.valueOf(c) : Character.isUpperCase(c) ? upperFirst(latin) : latin);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean hasAny(String text, String letters) {
    for (int i = 0; i < text.length(); i++) {
      if (letters.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The letters Serbian Latin writes otherwise than the Russian table, as folded Latin has them. */
  private static String southSlavic(char c) {
    return switch (c) {
      case 'х' -> "h";
      case 'ч', 'ц' -> "c";
      case 'ш' -> "s";
      case 'ж' -> "z";
      case 'й' -> "j";
      default -> null;
    };
  }

  private static String upperFirst(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String latin(char c) {
    return switch (c) {
      case 'і' -> "i"; // Ukrainian, Belarusian, Kazakh
      case 'ї' -> "i"; // "Київстар" reads "kiivstar" (и is the Russian table's i), Kyivstar by its sound
      case 'є' -> "ye";
      case 'ґ' -> "g";
      case 'ў' -> "u"; // Belarusian; Uzbek's o' reads close enough
      case 'ј' -> "j";
      case 'љ' -> "lj";
      case 'њ' -> "nj";
      case 'ћ' -> "c";
      case 'ђ' -> "d";
      case 'џ' -> "dz";
      case 'ѓ' -> "gj";
      case 'ќ' -> "kj";
      case 'ѕ' -> "dz";
      case 'ә' -> "a";
      case 'ғ' -> "g";
      case 'қ' -> "k"; // "Қазақстан" reads "kazakstan", as Kazakh companies' "Kazak-" names write it
      case 'ң' -> "ng";
      case 'ө' -> "o";
      case 'ұ', 'ү', 'ӯ' -> "u";
      case 'һ', 'ҳ' -> "h";
      case 'ҷ' -> "j";
      default -> null;
    };
  }
}
