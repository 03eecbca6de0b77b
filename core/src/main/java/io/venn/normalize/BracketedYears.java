package io.venn.normalize;

/**
 * A year in brackets inside a company name, which Hong Kong, Malaysian and Singapore registries keep
 * to tell a company from an earlier one of its name: "The Kowloon Motor Bus Company (1933) Limited",
 * "九龍巴士（一九三三）有限公司", "Sime Darby (1910) Berhad". CRMs and websites leave it out ("KMB"); read
 * as a word it counted against every record without it, and kept the legal form before it
 * ("Company") and the name's initials ("kmb") from being read. Four digits of a year from 1800 to
 * 2099, or four Chinese numerals. Two companies of one name and two years are then one name: rare,
 * and CRMs write neither year.
 */
final class BracketedYears {
  private BracketedYears() {}

  private static final String CHINESE_DIGITS = "〇零一二三四五六七八九";
  private static final int YEAR_LENGTH = 4;

  /**
   * The text without its bracketed years, the spaces before each too and one space in its place
   * between two words ("Acme(1933)Ltd" is "Acme Ltd"); the same string when it has none, or when
   * nothing but the year would be left.
   */
  static String without(String text) {
    if (text.indexOf(')') < 0 && text.indexOf('）') < 0) {
      return text; // most names
    }
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i + YEAR_LENGTH + 1 < text.length(); i++) {
      char open = text.charAt(i);
      char close = text.charAt(i + YEAR_LENGTH + 1);
      if (!(open == '(' && close == ')' || open == '（' && close == '）') || !isYear(text, i + 1)) {
        continue;
      }
      int cut = i;
      while (cut > copied && text.charAt(cut - 1) == ' ') {
        cut--;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, cut);
      copied = i + YEAR_LENGTH + 2;
      if (cut > 0 && copied < text.length() && spaced(text.charAt(cut - 1)) && spaced(text.charAt(copied))) {
        out.append(' ');
      }
      i = copied - 1;
    }
    if (out == null) {
      return text;
    }
    String without = out.append(text, copied, text.length()).toString();
    return without.codePoints().anyMatch(Character::isLetterOrDigit) ? without : text;
  }

  /** A letter or digit of a script that writes spaces between words (not Chinese, Japanese or Korean, from U+2E80). */
  private static boolean spaced(char c) {
    return Character.isLetterOrDigit(c) && c < '\u2E80';
  }

  /** Four digits of a year from 1800 to 2099, or four Chinese numerals. */
  private static boolean isYear(String text, int from) {
    boolean chinese = true;
    int year = 0;
    for (int i = from; i < from + YEAR_LENGTH; i++) {
      char c = text.charAt(i);
      chinese &= CHINESE_DIGITS.indexOf(c) >= 0;
      int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1; // also full-width "１９３３"
      year = year < 0 || digit < 0 ? -1 : year * 10 + digit;
    }
    return chinese || year >= 1800 && year <= 2099;
  }
}
