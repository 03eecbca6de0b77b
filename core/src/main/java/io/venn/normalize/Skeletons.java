package io.venn.normalize;

import java.util.List;

/**
 * A name's consonant skeleton: a key on which the spellings of one name in different
 * romanizations agree ("Joyfull" and "joifuru", the Hepburn of ジョイフル; "Gazprom" and "Gasprom";
 * "Alpha" and "Alfa"; "Lukoil" and "lukoyl"). Built over the whole name, words joined, so "Joy Full"
 * agrees too.
 *
 * <p>Rules, each because romanizations differ there: letters that sound alike merge (c, q, k -> k;
 * z -> s; v -> b; ph -> f; l -> r, Japanese has one liquid); doubled letters count once ("ll",
 * Japanese geminates "pp"); vowels, y, w and h go, but a leading vowel stays as "a" so "Intel" and
 * "Tel" differ; an r after a vowel and before a consonant or the end goes, as Japanese and
 * non-rhotic English write it ("Sharp" / "shapu", "Motor" / "mota"). Digits stay.
 */
final class Skeletons {
  /** Skeletons shorter than this say too little to be a key. */
  static final int MIN_LENGTH = 2;

  private Skeletons() {}

  /** The skeleton of folded name tokens; "" when it would be shorter than {@link #MIN_LENGTH}. */
  static String of(List<String> tokens) {
    StringBuilder out = new StringBuilder(32);
    append(tokens, w -> false, out);
    return out.length() < MIN_LENGTH ? "" : out.toString();
  }

  /** The length of the skeleton of the tokens other than the {@code skipped} ones, however short. */
  static int length(List<String> tokens, java.util.function.Predicate<String> skipped) {
    StringBuilder out = new StringBuilder(32);
    append(tokens, skipped, out);
    return out.length();
  }

  /**
   * The consonants of the tokens other than the {@code skipped} ones, as the skeleton writes them but
   * without its mark of a leading vowel, however few: an abjad writes no vowel there either
   * ("אלביט" "lbyt" / "Elbit": "rbt").
   */
  static String consonants(List<String> tokens, java.util.function.Predicate<String> skipped) {
    StringBuilder out = new StringBuilder(32);
    append(tokens, skipped, out);
    return out.length() > 0 && out.charAt(0) == 'a' ? out.substring(1) : out.toString();
  }

  private static void append(List<String> tokens, java.util.function.Predicate<String> skipped, StringBuilder out) {
    StringBuilder joined = new StringBuilder(32);
    for (String t : tokens) {
      if (!skipped.test(t)) {
        joined.append(t);
      }
    }
    String s = joined.toString().replace("ph", "f");
    char previous = 0; // the previous letter after merging, so doubled letters count once
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char m = merged(c);
      if (m == previous) {
        continue;
      }
      previous = m;
      if (isVowelLike(c)) {
        if (i == 0 && c != 'h' && c != 'w') {
          out.append('a');
        }
        continue;
      }
      if (c == 'r' && i > 0 && isVowel(s.charAt(i - 1)) && (i + 1 == s.length() || !isVowel(s.charAt(i + 1)))) {
        continue; // non-rhotic r: "Sharp" as "shapu"
      }
      if (c == 'x') {
        out.append("ks");
      } else {
        out.append(m);
      }
    }
  }

  private static char merged(char c) {
    return switch (c) {
      case 'c', 'q' -> 'k';
      case 'z' -> 's';
      case 'v' -> 'b';
      case 'l' -> 'r';
      default -> c;
    };
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static boolean isVowelLike(char c) {
    return isVowel(c) || c == 'w' || c == 'h';
  }
}
