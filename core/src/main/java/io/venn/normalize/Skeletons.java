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
    StringBuilder joined = new StringBuilder(32);
    for (String t : tokens) {
      joined.append(t);
    }
    String s = joined.toString().replace("ph", "f");
    StringBuilder out = new StringBuilder(s.length());
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
    return out.length() < MIN_LENGTH ? "" : out.toString();
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
