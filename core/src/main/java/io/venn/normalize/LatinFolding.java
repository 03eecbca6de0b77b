package io.venn.normalize;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * Latin-script text to ASCII without ICU: compatibility decomposition (NFKD: full-width forms,
 * ligatures, accents split off), combining marks dropped, and a short table for the Latin letters
 * that do not decompose ("ß" -> "ss", "ø" -> "o", "ł" -> "l"). Why not ICU's Latin-ASCII: building it
 * costs a few hundred milliseconds at start-up and running it dominated the examples' profile,
 * while names need only letters and digits. Anything the table does not know (rare letters) still
 * goes through ICU, so nothing is lost.
 */
final class LatinFolding {
  /** Non-decomposing letters and the punctuation that must not split a word. */
  private static final String[][] SPECIAL = {
      {"ß", "ss"}, {"ẞ", "SS"}, {"æ", "ae"}, {"Æ", "AE"}, {"œ", "oe"}, {"Œ", "OE"}, {"ø", "o"}, {"Ø", "O"},
      {"ł", "l"}, {"Ł", "L"}, {"đ", "d"}, {"Đ", "D"}, {"ð", "d"}, {"Ð", "D"}, {"þ", "th"}, {"Þ", "TH"},
      {"ı", "i"}, {"ħ", "h"}, {"Ħ", "H"}, {"ŋ", "n"}, {"Ŋ", "N"}, {"ŧ", "t"}, {"Ŧ", "T"}, {"ſ", "s"},
      {"ĸ", "q"}, {"ƒ", "f"}, {"ɲ", "n"}, {"ɛ", "e"}, {"ɔ", "o"},
      // The Azerbaijani schwa, which ICU's Latin-ASCII leaves alone, so it always separated words
      // ("Törəmə" -> "tor m"). In the table so that folding the legal-form catalog at start-up
      // (80 aliases have it) no longer builds ICU's transliterator: 0.2-0.4 s of every run.
      {"ə", " "}, {"Ə", " "},
      // apostrophes and transliteration primes ("Rosneftʹ", "McDonald’s") drop without splitting
      {"’", "'"}, {"‘", "'"}, {"ʼ", "'"}, {"ʹ", "'"}, {"ʺ", "'"}, {"ʻ", "'"}, {"ʿ", "'"}, {"ʾ", "'"}, {"´", "'"},
      {"–", "-"}, {"—", "-"}, {"‐", "-"}, {"‑", "-"}, {"·", " "}, {"«", " "}, {"»", " "}, {"“", " "}, {"”", " "}};
  private static final char[] TABLE_KEYS = new char[SPECIAL.length];
  private static final String[] TABLE_VALUES = new String[SPECIAL.length];
  /** Combining diaeresis: after a, o or u it is a German umlaut, written "ae", "oe", "ue" in ASCII. */
  private static final char DIAERESIS = '\u0308';

  private static final ThreadLocal<Transliterator> ICU_FALLBACK =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

  static {
    for (int i = 0; i < SPECIAL.length; i++) {
      TABLE_KEYS[i] = SPECIAL[i][0].charAt(0);
      TABLE_VALUES[i] = SPECIAL[i][1];
    }
  }

  private LatinFolding() {}

  /**
   * The text in ASCII.
   *
   * @param germanUmlauts whether "ä", "ö", "ü" become "ae", "oe", "ue" (German spelling, so "Müller"
   *     meets "Mueller") rather than losing their dots (Turkish, French, Spanish names)
   */
  static String fold(String s, boolean germanUmlauts) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else if (Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK) {
        if (c == DIAERESIS && germanUmlauts && i > 0 && "aouAOU".indexOf(d.charAt(i - 1)) >= 0) {
          out.append(Character.isUpperCase(d.charAt(i - 1)) ? 'E' : 'e');
        }
      } else if (Character.isDigit(c)) {
        out.append((char) ('0' + Character.digit(c, 10)));
      } else {
        String mapped = special(c);
        if (mapped != null) {
          out.append(mapped);
        } else if (Character.isLetter(c)) {
          return asciiOnly(ICU_FALLBACK.get().transliterate(d)); // a letter the table misses: let ICU decide
        } else {
          out.append(' '); // other symbols separate words, as any ASCII punctuation does
        }
      }
    }
    return out.toString();
  }

  /** What ICU could not fold either ("Ƅ") separates words, like any other symbol. */
  private static String asciiOnly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c < 0x80 ? c : ' ');
    }
    return out.toString();
  }

  private static String special(char c) {
    for (int i = 0; i < TABLE_KEYS.length; i++) {
      if (TABLE_KEYS[i] == c) {
        return TABLE_VALUES[i];
      }
    }
    return null;
  }
}
