package io.venn.normalize;

import java.util.List;
import java.util.Set;

/**
 * A short name's consonants as an abjad writes them: the key on which a short name in Hebrew or
 * Arabic letters agrees with its Latin spelling ("Itamar Medical" / "אטמר מדכל" -> "tmrmdkr",
 * "Salomon A. Angel" / "סלמן א אנגל" -> "srmngr"), where the {@link Skeletons skeleton} keeps a mark
 * of a leading vowel, drops an r after a vowel ("itamar medical": "atmmdkr") and counts a letter
 * twice across a vowel ("salomon a angel": "srmnngr"), none of which an abjad's spelling can show.
 * An abjad writes the long vowels and none of the short ones, so all vowels go, with y, w and h, as
 * do the letters that carry vowels ("'", alef and ayin romanized); then consonants that sound alike
 * merge (c, q, k as k, a c before e, i or y as s; z as s; v and f as b and p, Hebrew writes both with
 * one letter; l as r) and doubled ones count once, also across a dropped vowel. Not yet bridged: ו
 * romanized "w" (dropped) where the Latin name has a v, ח as a dropped h where it has "ch", צ as s
 * where it has "tz".
 *
 * <p>Only where it can meet the other side: a name written in an abjad, or a Latin name of an
 * account in a country whose names are written in one ({@link #ABJAD_COUNTRIES}).
 */
final class AbjadKeys {
  /** Keys shorter than this are shared by chance: five consonants in order rarely are. */
  static final int MIN_LENGTH = 5;

  /** Countries whose companies are named in Hebrew or Arabic script (ISO 3166 alpha-2). */
  static final Set<String> ABJAD_COUNTRIES = Set.of(
      "IL", "PS", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "IQ", "JO", "LB", "SY", "EG", "LY", "TN", "DZ",
      "MA", "SD", "IR", "AF", "PK");

  private AbjadKeys() {}

  /** The abjad key of folded name tokens; "" when it would be shorter than {@link #MIN_LENGTH}. */
  static String of(List<String> tokens) {
    StringBuilder out = new StringBuilder(24);
    char previous = 0;
    for (String t : tokens) {
      for (int i = 0; i < t.length(); i++) {
        char letter = t.charAt(i);
        // "c" before e, i, y is an s, as Hebrew and Arabic write it ("Cellcom" / "סלקום")
        char c = letter == 'c' && i + 1 < t.length() && "eiy".indexOf(t.charAt(i + 1)) >= 0 ? 's' : merged(letter);
        if (c == 0 || c == previous) {
          continue; // a vowel, or the same consonant again across one
        }
        out.append(c);
        previous = c;
      }
    }
    return out.length() < MIN_LENGTH ? "" : out.toString();
  }

  private static char merged(char c) {
    return switch (c) {
      case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', '\'' -> 0;
      case 'c', 'q' -> 'k';
      case 'z' -> 's';
      case 'v' -> 'b';
      case 'f' -> 'p';
      case 'l' -> 'r';
      default -> Character.isLetterOrDigit(c) ? c : 0;
    };
  }
}
