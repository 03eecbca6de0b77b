package io.venn.normalize;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Chinese text the way Chinese companies write their Latin names: the descriptors translated, the
 * brand in pinyin with its syllables run together, places as spelt in English ("华为技术有限公司" ->
 * "huawei technologies co ltd", as "Huawei Technologies Co., Ltd."; "江苏恒瑞医药" -> "jiangsu
 * hengrui pharmaceutical"; "厦门" -> "xiamen", where ICU reads "sha men"). Why: ICU reads every hanzi
 * as a syllable of its own ("hua wei ji shu"), so the brand "Huawei" met no word of the Chinese
 * name, and the untranslated descriptors ("jituan" for "group") counted as rare words against the pair.
 *
 * <p>The words come from {@code chinese-words.tsv}, matched longest first from the left; a run of
 * hanzi between two of them is one word. No dictionary segmentation: a brand is exactly the word a
 * dictionary does not know (ICU's splits "华为" and "腾讯" into single syllables).
 */
final class ChineseWords {
  private ChineseWords() {}

  /** A word of the glossary: its Latin form, and whether it is a place ("市" after it is dropped). */
  private record Word(String latin, boolean isPlace) {}

  /**
   * The run in Latin letters: glossary words as written there, every other run of hanzi in pinyin
   * as one word, anything else (digits, brackets, spaces) kept.
   *
   * @param pinyin reads hanzi as pinyin, syllables apart ("华为" -> "huá wéi")
   */
  static String romanize(String run, UnaryOperator<String> pinyin) {
    StringBuilder out = new StringBuilder(run.length() * 4);
    int brandStart = -1;
    boolean afterPlace = false;
    for (int i = 0; i < run.length(); ) {
      int cp = run.codePointAt(i);
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
        brandStart = flushBrand(out, run, brandStart, i, pinyin);
        out.appendCodePoint(cp);
        afterPlace = false;
        i += Character.charCount(cp);
        continue;
      }
      int end = longestWord(run, i);
      if (afterPlace && end < 0 && (cp == '市' || cp == '省')) {
        afterPlace = false; // "深圳市", Shenzhen City, is written "Shenzhen"; not "市政" (municipal)
        i++;
        continue;
      }
      if (end < 0) {
        if (brandStart < 0) {
          brandStart = i;
        }
        afterPlace = false;
        i += Character.charCount(cp);
        continue;
      }
      brandStart = flushBrand(out, run, brandStart, i, pinyin);
      Word w = Glossary.WORDS.get(run.substring(i, end));
      space(out).append(w.latin());
      out.append(' ');
      afterPlace = w.isPlace();
      i = end;
    }
    flushBrand(out, run, brandStart, run.length(), pinyin);
    return out.toString().strip();
  }

  /** Appends the brand run {@code [start, end)} as one pinyin word, if there is one; returns -1 (no run open). */
  private static int flushBrand(StringBuilder out, String run, int start, int end, UnaryOperator<String> pinyin) {
    if (start >= 0 && end > start) {
      space(out).append(joined(pinyin.apply(run.substring(start, end)))).append(' ');
    }
    return -1;
  }

  private static StringBuilder space(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
    return out;
  }

  /** One word of pinyin syllables: "huá wéi" -> "huáwéi" (accents are folded later). */
  private static String joined(String syllables) {
    StringBuilder w = new StringBuilder(syllables.length());
    for (int i = 0; i < syllables.length(); i++) {
      char c = syllables.charAt(i);
      if (!Character.isWhitespace(c) && c != '\'' && c != '’') {
        w.append(c);
      }
    }
    return w.toString();
  }

  /** The end of the longest glossary word starting at {@code from}, or -1 when none does. */
  private static int longestWord(String run, int from) {
    for (int end = Math.min(run.length(), from + Glossary.LONGEST); end > from; end--) {
      if (Glossary.WORDS.containsKey(run.substring(from, end))) {
        return end;
      }
    }
    return -1;
  }

  /** Holder: the glossary loads with the first Chinese name. */
  private static final class Glossary {
    static final Map<String, Word> WORDS = new HashMap<>();
    static final int LONGEST;
    private static final String LAYOUT = "<hanzi> TAB <latin> [TAB place]";

    static {
      int longest = 0;
      for (String[] cols : Resources.table("chinese-words.tsv", 2, 3, LAYOUT)) {
        boolean place = cols.length == 3 && cols[2].equals("place");
        if (cols.length == 3 && !place) {
          throw new IllegalStateException("chinese-words.tsv: '" + String.join("\t", cols) + "' is not " + LAYOUT);
        }
        WORDS.put(cols[0], new Word(cols[1], place));
        longest = Math.max(longest, cols[0].length());
      }
      LONGEST = longest;
    }
  }
}
