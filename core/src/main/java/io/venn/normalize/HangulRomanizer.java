package io.venn.normalize;

/**
 * Hangul in the Revised Romanization of Korean, syllable by syllable from the letters' sounds:
 * "롯데" is "lotde" (as "Lotte"), "중국" "jungguk", "셀트리온" "selteurion" (as "Celltrion"). ICU's
 * Hangul-Latin writes each letter as it is spelled ("losde", "jung-gug"), so a final ㅅ became an "s"
 * that no company's Latin name has and the sound keys of "Lotte Shopping" and 롯데쇼핑 differed.
 *
 * <p>Rules, each how RR writes a sound: a final consonant is written as it sounds at a syllable's end
 * (ㄱ ㄲ ㅋ as k; ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ as t; ㅂ ㅍ as p; of a double final, the sounded one); before
 * a syllable with a silent ㅇ it is carried over as the next syllable's first sound ("은행" "eunhaeng",
 * "국어" "gugeo"); ㄹ is "l" before a consonant or at the end and after another ㄹ ("실라" "silla"),
 * "r" before a vowel. Departures from RR, each for how companies write their Latin names: ㄹ at a
 * word's start is "l", not "r" ("롯데" Lotte, "라인" Line); no assimilation across syllables ("국민"
 * stays "gukmin", not "gungmin": "Kookmin Bank"); no hyphen between ambiguous syllables, since names
 * run words together. The sound keys read l and r as one, so the first matters to words only.
 */
final class HangulRomanizer {
  private static final int FIRST = 0xAC00;
  private static final int LAST = 0xD7A3;
  private static final int MEDIALS = 21;
  private static final int FINALS = 28;

  private static final String[] INITIAL = {
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
  private static final String[] MEDIAL = {
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
    "eu", "ui", "i"};
  /** A final consonant at a syllable's end or before a consonant ("" for none). */
  private static final String[] FINAL = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
    "ng", "t", "t", "k", "t", "p", "t"};
  /** A final consonant carried over to a next syllable that begins with the silent ㅇ. */
  private static final String[] CARRIED = {
    "", "g", "kk", "ks", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r", "m", "b", "ps", "s",
    "ss", "ng", "j", "ch", "k", "t", "p", ""};
  /** Index of ㄹ among the finals and among the initials, and of the silent ㅇ among the initials. */
  private static final int FINAL_RIEUL = 8;
  private static final int INITIAL_RIEUL = 5;
  private static final int SILENT = 11;

  private HangulRomanizer() {}

  static boolean isSyllable(char c) {
    return c >= FIRST && c <= LAST;
  }

  /**
   * The run romanized: hangul syllables by RR; any other character (a space, a digit, a lone
   * letter of the compatibility block) through {@code other}, one maximal stretch at a time.
   */
  static String romanize(String run, java.util.function.UnaryOperator<String> other) {
    StringBuilder out = new StringBuilder(run.length() * 3);
    int i = 0;
    while (i < run.length()) {
      if (!isSyllable(run.charAt(i))) {
        int start = i;
        while (i < run.length() && !isSyllable(run.charAt(i))) {
          i++;
        }
        out.append(other.apply(run.substring(start, i)));
        continue;
      }
      int s = run.charAt(i) - FIRST;
      int initial = s / (MEDIALS * FINALS);
      int medial = (s / FINALS) % MEDIALS;
      int fin = s % FINALS;
      int previousFinal = i > 0 && isSyllable(run.charAt(i - 1)) ? (run.charAt(i - 1) - FIRST) % FINALS : -1;
      boolean wordStart = previousFinal < 0;
      // A silent ㅇ writes nothing: the previous syllable's final, if any, was carried over to here.
      out.append(initial == INITIAL_RIEUL && (wordStart || previousFinal == FINAL_RIEUL) ? "l" : INITIAL[initial]);
      out.append(MEDIAL[medial]);
      boolean carried = i + 1 < run.length() && isSyllable(run.charAt(i + 1))
          && (run.charAt(i + 1) - FIRST) / (MEDIALS * FINALS) == SILENT;
      out.append(carried ? CARRIED[fin] : FINAL[fin]);
      i++;
    }
    return out.toString();
  }
}
