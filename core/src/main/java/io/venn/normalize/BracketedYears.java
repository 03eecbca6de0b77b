package io.venn.normalize;

/**
 * A year in brackets inside a company name, which Hong Kong, Malaysian and Singapore registries keep
 * to tell a company from an earlier one of its name: "The Kowloon Motor Bus Company (1933) Limited",
 * "九龍巴士（一九三三）有限公司", "Sime Darby (1910) Berhad". CRMs and websites leave it out ("KMB"); read
 * as a word it counted against every record without it, and kept the legal form before it
 * ("Company") and the name's initials ("kmb") from being read. Four digits, or four Chinese numerals.
 */
final class BracketedYears {
  private BracketedYears() {}

  private static final String CHINESE_DIGITS = "〇零一二三四五六七八九";
  private static final int YEAR_LENGTH = 4;

  /** The text without its bracketed years, the space before each too; the same string when it has none. */
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
      i = copied - 1;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static boolean isYear(String text, int from) {
    boolean digits = true;
    boolean chinese = true;
    for (int i = from; i < from + YEAR_LENGTH; i++) {
      char c = text.charAt(i);
      digits &= c >= '0' && c <= '9';
      chinese &= CHINESE_DIGITS.indexOf(c) >= 0;
    }
    return digits || chinese;
  }
}
