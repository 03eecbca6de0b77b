package io.venn.normalize;

/**
 * Indic-script names transliterated the way their companies spell them in Latin letters, where ICU's
 * scholarly transliteration (ISO 15919) and its folding to ASCII disagree with that spelling:
 * <ul>
 *   <li>Bengali's anusvara "ং" is always the "ng" of "Bangla" and "Bangladesh"; ICU writes it "n"
 *       ("বাংলাদেশ" -> "banladesh").
 *   <li>Bengali's ya-phala before "া" writes the English "a" of loanwords ("ব্যাংক" bank, "ন্যাশনাল"
 *       national, "ক্যাপিটাল" capital), not a "y": ICU's "byank" met no "bank".
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

  /** The run as ICU should read it: Bengali spelling fixed, word-final vowels marked silent. */
  static String beforeTransliteration(String run) {
    // Final vowels first: the anusvara written as a consonant would make "ব্যাংক" end in a cluster,
    // whose vowel is said.
    String text = IndicSchwa.withoutFinalVowels(run);
    if (text.indexOf(BENGALI_ANUSVARA) >= 0) {
      text = text.replace(String.valueOf(BENGALI_ANUSVARA), BENGALI_NGA_WITHOUT_VOWEL);
    }
    if (text.contains(BENGALI_YA_PHALA_AA)) {
      text = text.replace(BENGALI_YA_PHALA_AA, BENGALI_AA);
    }
    return text;
  }

  /** ICU's transliteration with the nasal and the sibilants spelt as in Latin company names; the same text when it has none. */
  static String afterTransliteration(String latin) {
    StringBuilder out = null;
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      String spelt = switch (c) {
        case 'ṅ' -> i + 1 < latin.length() && (latin.charAt(i + 1) == 'k' || latin.charAt(i + 1) == 'g') ? "n" : "ng";
        case 'ś', 'ṣ' -> "sh";
        case 'Ś', 'Ṣ' -> "Sh";
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
