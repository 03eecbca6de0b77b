package io.venn.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds free text to lower-case ASCII tokens: the one tokenizer behind names, legal-form aliases,
 * countries and places, so an alias and a name are always cut the same way.
 *
 * <p>Rules: Unicode NFKC, each script romanized as companies write it and Latin letters folded to
 * ASCII ({@link Romanizer}), lower case; apostrophes vanish without splitting ("McDonald's" ->
 * "mcdonalds"); dots join runs of single letters ("A.B.C." -> "abc", "S.p.A." -> "spa") and
 * otherwise split ("Amazon.com" -> "amazon", "com"); "&" and "+" become "and"; every other
 * character separates tokens.
 */
final class TextFolding {
  private TextFolding() {}

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The text in ASCII ({@link Romanizer}); pure-ASCII input is returned as is without touching ICU (the hot path). */
  static String toAscii(String s, String country) {
    return Romanizer.toAscii(s, country);
  }

  /** Below this code point every letter is Latin (Basic Latin to Latin Extended-B) but the micro sign. */
  private static final int LATIN_BLOCKS_END = 0x250;

  /** U+00B5, a letter of script Common that NFKC turns into the Greek mu. */
  private static final char MICRO_SIGN = '\u00b5';

  /**
   * Whether every character is in the Latin blocks below U+0250 and is not the micro sign: text
   * that is Latin script both as written and after NFKC (checked for each such character by
   * TextFoldingTest), so the romanizer can skip normalizing it and scanning it for scripts, which
   * was most of the cost of the accented names of a CRM list.
   */
  static boolean isLatinRange(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= LATIN_BLOCKS_END || c == MICRO_SIGN) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text has letters of a script other than Latin (Cyrillic, Han, Greek...). Aliases
   * written in such scripts are only stripped from names that were written in one too.
   */
  static boolean hasNonLatinLetters(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      // below U+0250 a letter is Latin or, for the micro sign, Common: no script look-up needed
      if (cp >= LATIN_BLOCKS_END && Character.isLetter(cp)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script != Character.UnicodeScript.LATIN
            && script != Character.UnicodeScript.COMMON
            && script != Character.UnicodeScript.INHERITED) {
          return true;
        }
      }
    }
    return false;
  }

  /** The folded tokens of the text, in order; empty when it has no letter or digit. */
  static List<String> tokens(String text) {
    return tokens(text, null);
  }

  /**
   * The folded tokens of a text written in the given country (ISO alpha-2 or {@code null}), which
   * decides how Han characters are read and umlauts written; see {@link Romanizer}.
   */
  static List<String> tokens(String text, String country) {
    List<String> out = new ArrayList<>(8);
    String s = toAscii(text, country);
    StringBuilder chunk = new StringBuilder(24);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        chunk.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
        chunk.append(c);
      } else if (c == '\'' || c == '`') {
        // dropped without splitting: "McDonald's" -> "mcdonalds"
      } else {
        flush(chunk, out);
        if (c == '&' || c == '+') {
          out.add("and");
        }
      }
    }
    flush(chunk, out);
    return out;
  }

  /** The tokens joined by single spaces ("St. Louis" -> "st louis"); empty when there are none. */
  static String phrase(String text) {
    return String.join(" ", tokens(text));
  }

  /** {@link #phrase(String)} of a text written in the given country ({@link #tokens(String, String)}). */
  static String phrase(String text, String country) {
    return String.join(" ", tokens(text, country));
  }

  /** Emits one chunk of [a-z0-9.]: runs of one-character dot segments join, longer segments stand alone. */
  private static void flush(StringBuilder chunk, List<String> out) {
    int n = chunk.length();
    if (n == 0) {
      return;
    }
    if (chunk.indexOf(".") < 0) {
      out.add(chunk.toString());
      chunk.setLength(0);
      return;
    }
    StringBuilder singles = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || chunk.charAt(i) == '.') {
        int len = i - start;
        if (len == 1) {
          singles.append(chunk.charAt(start));
        } else if (len > 1) {
          if (singles.length() > 0) {
            out.add(singles.toString());
            singles.setLength(0);
          }
          out.add(chunk.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (singles.length() > 0) {
      out.add(singles.toString());
    }
    chunk.setLength(0);
  }
}
