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

  /** The text with every non-Russian Cyrillic letter in Latin; the same string when it has none. */
  static String toLatin(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String latin = latin(Character.toLowerCase(c));
      if (latin != null && out == null) {
        out = new StringBuilder(text.length() + 4).append(text, 0, i);
      }
      if (out != null) {
        out.append(latin == null ? String.valueOf(c) : Character.isUpperCase(c) ? upperFirst(latin) : latin);
      }
    }
    return out == null ? text : out.toString();
  }

  private static String upperFirst(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String latin(char c) {
    return switch (c) {
      case 'і' -> "i"; // Ukrainian, Belarusian, Kazakh
      case 'ї' -> "i"; // "Київстар" is Kyivstar
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
      case 'қ' -> "k"; // "Қазақстан" is Kazakhstan in company names
      case 'ң' -> "ng";
      case 'ө' -> "o";
      case 'ұ', 'ү', 'ӯ' -> "u";
      case 'һ', 'ҳ' -> "h";
      case 'ҷ' -> "j";
      default -> null;
    };
  }
}
