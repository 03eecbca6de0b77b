package io.venn.normalize;

import java.util.function.UnaryOperator;

/**
 * Indic-script names transliterated the way their companies spell them in Latin letters, where ICU's
 * scholarly transliteration (ISO 15919) and its folding to ASCII disagree with that spelling:
 * <ul>
 *   <li>Bengali's anusvara "ং" is the "ng" of "Bangla" and "Bangladesh" (an "n" before k or g:
 *       "ব্যাংক" bank); ICU writes it "n" ("বাংলাদেশ" -> "banlades").
 *   <li>Bengali's ya-phala before "া" on a word's first letter writes the English "a" of loanwords
 *       ("ব্যাংক" bank, "ন্যাশনাল" national, "ক্যাপিটাল" capital, "অ্যাডভান্সড" advanced), not a "y":
 *       ICU's "byank" met no "bank". Inside a word it is said ("বিদ্যালয়") and stays.
 *   <li>The velar nasal "ṅ" is "ng" unless a "k" or "g" follows ("sangha", "bank" keep one letter);
 *       the sibilants "ś" and "ṣ" are "sh" ("Shree", "Rashtriya", "Bangladesh"): folded to ASCII they
 *       lost the "g" and the "h", so no word met its Latin spelling.
 * </ul>
 * Word-final inherent vowels are {@link IndicSchwa}'s.
 */
final class IndicSpelling {
  private IndicSpelling() {}

  private static final char BENGALI_ANUSVARA = '\u0982';
  private static final String BENGALI_NGA_WITHOUT_VOWEL = "\u0999\u09CD";
  private static final String BENGALI_YA_PHALA_AA = "\u09CD\u09AF\u09BE";
  private static final String BENGALI_AA = "\u09BE";
  private static final char BENGALI_A = '\u0985';
  private static final char BENGALI_E = '\u098F';
  private static final char BENGALI_LETTER_AA = '\u0986';
  private static final char BENGALI_KA = '\u0995';
  private static final char BENGALI_HA = '\u09B9';

  /**
   * A run of a script ICU's Any-Latin romanizes ({@code transliterate}), spelt as companies write
   * Latin names: {@link #beforeTransliteration}, ICU, then {@link #afterTransliteration}; in the
   * Indic scripts (Devanagari to Malayalam) "c" is also written "ch" ("चेन्नई" Chennai, "கொச்சி"
   * Kochi: ISO 15919's "c" is English "ch"), and Malayalam's two-part vowel signs "ൊ" and "ോ", which
   * ICU reads as "e" and "ā" ("കൊച്ചി" -> "keācci"), as the "o" they are.
   */
  static String romanize(String run, UnaryOperator<String> transliterate) {
    String latin = transliterate.apply(beforeTransliteration(run));
    if (run.indexOf(MALAYALAM_O) >= 0 || run.indexOf(MALAYALAM_OO) >= 0) {
      latin = latin.replace("ēā", "ō").replace("eā", "o");
    }
    return afterTransliteration(latin, isIndic(run));
  }

  private static final char MALAYALAM_O = '\u0D4A';
  private static final char MALAYALAM_OO = '\u0D4B';
  /** Joiners only shape the letters around them ("కోల్‌కతా" Kolkata); ICU's output kept them as word breaks. */
  private static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  private static final char ZERO_WIDTH_JOINER = '\u200D';

  /** Whether the run has a letter of the Indic blocks, Devanagari (U+0900) to Malayalam (U+0D7F). */
  private static boolean isIndic(String run) {
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c >= '\u0900' && c <= '\u0D7F') {
        return true;
      }
    }
    return false;
  }

  /** The run as ICU should read it: Bengali spelling fixed, word-final vowels marked silent, no joiners. */
  static String beforeTransliteration(String run) {
    if (run.indexOf(ZERO_WIDTH_NON_JOINER) >= 0 || run.indexOf(ZERO_WIDTH_JOINER) >= 0) {
      run = run.replace(String.valueOf(ZERO_WIDTH_NON_JOINER), "").replace(String.valueOf(ZERO_WIDTH_JOINER), "");
    }
    // Final vowels first: the anusvara written as a consonant would make "ব্যাংক" end in a cluster,
    // whose vowel is said.
    String text = IndicSchwa.withoutFinalVowels(run);
    if (text.indexOf(BENGALI_ANUSVARA) >= 0) {
      text = text.replace(String.valueOf(BENGALI_ANUSVARA), BENGALI_NGA_WITHOUT_VOWEL);
    }
    if (text.contains(BENGALI_YA_PHALA_AA)) {
      text = withoutFirstYaPhala(text);
    }
    return text;
  }

  /**
   * The English "a" of loanwords written with a ya-phala on a word's first letter: "ব্যাংক" as
   * "বাংক", and "অ্যা" / "এ্যা" (the "a" of Apex, Advanced) as "আ". Inside a word the ya-phala is said
   * ("বিদ্যালয়", "সন্ধ্যা"), so it stays.
   */
  private static String withoutFirstYaPhala(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int at = text.indexOf(BENGALI_YA_PHALA_AA); at >= 0; at = text.indexOf(BENGALI_YA_PHALA_AA, at + 1)) {
      if (at == 0) {
        continue; // no letter to carry it
      }
      char first = text.charAt(at - 1);
      boolean wordStart = at == 1 || !isBengali(text.charAt(at - 2));
      if (!wordStart) {
        continue;
      }
      if (first == BENGALI_A || first == BENGALI_E) {
        out.append(text, copied, at - 1).append(BENGALI_LETTER_AA);
      } else if (first >= BENGALI_KA && first <= BENGALI_HA) {
        out.append(text, copied, at).append(BENGALI_AA);
      } else {
        continue;
      }
      copied = at + BENGALI_YA_PHALA_AA.length();
    }
    return copied == 0 ? text : out.append(text, copied, text.length()).toString();
  }

  private static boolean isBengali(char c) {
    return c >= '\u0980' && c <= '\u09FF';
  }

  /**
   * ICU's transliteration with the nasal and the sibilants spelt as in Latin company names, and with
   * {@code indic} "c" as "ch" (a doubled one as one); the same text when it has none of them.
   */
  static String afterTransliteration(String latin, boolean indic) {
    StringBuilder out = null;
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      boolean beforeH = i + 1 < latin.length() && latin.charAt(i + 1) == 'h';
      String spelt = switch (c) {
        case 'ṅ' -> i + 1 < latin.length() && (latin.charAt(i + 1) == 'k' || latin.charAt(i + 1) == 'g') ? "n" : "ng";
        case 'ś', 'ṣ' -> "sh";
        case 'Ś', 'Ṣ' -> "Sh";
        // a doubled "cc" or "cch" is one "ch" ("കൊച്ചി" Kochi)
        case 'c' -> !indic ? null : i + 1 < latin.length() && latin.charAt(i + 1) == 'c' ? "" : beforeH ? null : "ch";
        case 'C' -> indic && !beforeH ? "Ch" : null;
        default -> null;
      };
      if (spelt == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(latin.length() + 4).append(latin, 0, i);
      }
      out.append(spelt);
    }
    return out == null ? latin : out.toString();
  }
}
