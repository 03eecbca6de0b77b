package io.venn.normalize;

/**
 * Hindi, Punjabi, Gujarati and Bengali do not say a word's last inherent vowel, and companies do not
 * write it in their Latin names: "राष्ट्रीय इस्पात निगम लिमिटेड" is "Rashtriya Ispat Nigam Limited".
 * ICU's transliteration writes every inherent vowel ("ispata nigama limiteda"), so no word met its
 * Latin spelling. This gives a word's last consonant its script's virama (the sign that it has no
 * vowel) before transliteration. Only at the word's end: the vowel dropped inside words depends
 * on syllable weight, and a rule for it would misspell as many words as it fixed.
 */
final class IndicSchwa {
  private IndicSchwa() {}

  /** Devanagari, Bengali, Gurmukhi and Gujarati: 128-code-point blocks laid out alike. */
  private static final int[] BLOCKS = {0x0900, 0x0980, 0x0A00, 0x0A80};
  /** Offsets within a block: its consonants (ka..ha, and the nukta letters qa..yya), the nukta and the virama. */
  private static final int CONSONANTS_FROM = 0x15;
  private static final int CONSONANTS_TO = 0x39;
  private static final int NUKTA_LETTERS_FROM = 0x58;
  private static final int NUKTA_LETTERS_TO = 0x5F;
  private static final int NUKTA = 0x3C;
  private static final int VIRAMA = 0x4D;
  private static final int YA = 0x2F;
  private static final int SA = 0x38;
  private static final int SIGN_I = 0x3F;
  private static final int SIGN_II = 0x40;

  /** The text with a virama after each word-final consonant of those scripts; the same text when there is none. */
  static String withoutFinalVowels(String text) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      int block = blockOf(text.charAt(i));
      if (block < 0 || !isConsonant(text.charAt(i) - block)) {
        continue;
      }
      int end = i + 1;
      if (end < text.length() && text.charAt(end) - block == NUKTA) {
        end++; // a nukta changes the consonant ("ज़" za), not its vowel
      }
      if (end < text.length() && continuesWord(text.charAt(end))) {
        continue; // a vowel sign, a virama or another letter follows
      }
      if (keepsVowel(text, i, block)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8);
      }
      out.append(text, copied, end).append((char) (block + VIRAMA));
      copied = end;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * Where the last vowel is written after all: after a cluster ("गुप्त" Gupta, "कृष्ण" Krishna, "मित्र"
   * Mitra), unless the cluster ends in s, as loanwords' plurals do ("मोटर्स" Motors, "सिस्टम्स"
   * Systems); in the "-iya" ending ("राष्ट्रीय" Rashtriya, "भारतीय" Bharatiya); and in a word of one letter.
   */
  private static boolean keepsVowel(String text, int consonant, int block) {
    if (consonant == 0 || blockOf(text.charAt(consonant - 1)) != block) {
      return true;
    }
    int before = text.charAt(consonant - 1) - block;
    int letter = text.charAt(consonant) - block;
    return before == VIRAMA && letter != SA || letter == YA && (before == SIGN_I || before == SIGN_II);
  }

  private static int blockOf(char c) {
    for (int block : BLOCKS) {
      if (c >= block && c < block + 0x80) {
        return block;
      }
    }
    return -1;
  }

  private static boolean isConsonant(int offset) {
    return offset >= CONSONANTS_FROM && offset <= CONSONANTS_TO
        || offset >= NUKTA_LETTERS_FROM && offset <= NUKTA_LETTERS_TO;
  }

  /** Letters and combining signs (vowel signs, virama, anusvara) continue a word; spaces and punctuation end it. */
  private static boolean continuesWord(char c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
