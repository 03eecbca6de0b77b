package io.venn.normalize;

import java.util.List;
import java.util.Set;

/**
 * A long name's phonetic key: a coarser cousin of {@link Skeletons} on which a name written in an
 * abjad, a syllabary or an alphabet with other letters agrees with its Latin spelling when the
 * consonant skeletons still differ ("Unet Credit Finance Services" / "אנט כרדט פננס סרוסס",
 * "Samba Financial Group" / "سمب فننسل گرپ", "Sakai Holdings" / "サカイ ホルディングス" read as
 * "sakai horudingusu", "Koramco Energy" / "코람코 에너지").
 *
 * <p>Rules, each for a way romanizations of one name differ: the English spelling is read as it
 * sounds ("c" before e, i, y as "s", else "k"; "ch", "kh", "ck", "qu" as "k"; "sh", "sch" as "s";
 * "th" as "t"; "ph" as "f"; "x" as "ks"); vowels, y, h and the liquids r and l go, since abjads write
 * no short vowels, Japanese and Korean have one liquid, and non-rhotic English drops "r"; voiced and
 * voiceless consonants merge (b p f v w; d t; g k; s z), as Hebrew פ/ב/ו, Thai ก and Korean ㄱ/ㄷ/ㅂ
 * are romanized either way (a known limit: a Hebrew or Arabic ו/و written for o or u, "שטראוס" for
 * Strauss, then counts as a consonant; reading it as a vowel lost more pairs on crm-corpus dev); doubled consonants count once even across a dropped vowel (abjads write
 * "pipes" as "pps"); digits and the connectors "and", "of", "the", "for" go (an "&" is often
 * left untranslated).
 *
 * <p>So coarse a key agrees by chance for short names ("Sony" / "Sanyo" / "Sunny"), so a key with
 * fewer than {@link #MIN_LENGTH} consonant classes is "": short names keep the skeleton only.
 */
final class PhoneticKeys {
  /** Fewer consonant classes than this collide across unrelated companies too often to be a key. */
  static final int MIN_LENGTH = 5;

  private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "for");

  private PhoneticKeys() {}

  /** The phonetic key of folded name tokens; "" when it would be shorter than {@link #MIN_LENGTH}. */
  static String of(List<String> tokens) {
    StringBuilder out = new StringBuilder(32);
    append(tokens, w -> false, out);
    return out.length() < MIN_LENGTH ? "" : out.toString();
  }

  /** Whether the tokens other than the {@code skipped} ones have a phonetic key; builds no string. */
  static boolean hasKey(List<String> tokens, java.util.function.Predicate<String> skipped) {
    return append(tokens, skipped, null) >= MIN_LENGTH;
  }

  /** Appends the key's classes to {@code out} (when not {@code null}) and returns how many there are. */
  private static int append(List<String> tokens, java.util.function.Predicate<String> skipped, StringBuilder out) {
    int length = 0;
    char previous = 0;
    for (String t : tokens) {
      if (CONNECTORS.contains(t) || skipped.test(t)) {
        continue;
      }
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
        char k;
        if (c == 'c') {
          k = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
          if (next == 'h' || next == 'k') {
            i++; // "ch", "ck": one sound
          }
        } else if (c == 's' && next == 'h') {
          k = 's';
          i++;
        } else if (c == 's' && next == 'c' && i + 2 < t.length() && t.charAt(i + 2) == 'h') {
          k = 's';
          i += 2; // "sch" as in Schneider, Schmidt: one sound, written "sh" in other scripts' romanizations
        } else if ((c == 't' || c == 'k' || c == 'p' || c == 'g') && next == 'h') {
          k = classOf(c);
          i++; // "th", "kh", "ph" ("f", same class as "p"), "gh"
        } else if (c == 'q' && next == 'u') {
          k = 'k';
          i++;
        } else if (c == 'x') {
          if (previous != 'k') {
            length++;
            if (out != null) {
              out.append('k');
            }
          }
          k = 's';
          previous = 'k';
        } else {
          k = classOf(c);
        }
        if (k == 0 || k == previous) {
          continue; // a vowel, liquid or digit; or the same consonant again, even across a dropped vowel
        }
        length++;
        if (out != null) {
          out.append(k);
        }
        previous = k;
      }
    }
    return length;
  }

  /** The consonant class of a folded letter; 0 for vowels, y, h, liquids, digits and anything else. */
  private static char classOf(char c) {
    return switch (c) {
      case 'b', 'p', 'f', 'v', 'w' -> 'b';
      case 'd', 't' -> 't';
      case 'g', 'k', 'q' -> 'k';
      case 's', 'z' -> 's';
      case 'j' -> 'j';
      case 'm' -> 'm';
      case 'n' -> 'n';
      default -> 0;
    };
  }
}
