package io.venn.normalize;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Text of a script that writes no spaces between words, the way its companies write their Latin
 * names: the glossary's words translated or spelt as in English, every other run between them read
 * as one word. Chinese ({@code chinese-words.tsv}): "华为技术有限公司" -> "huawei technologies co ltd",
 * as "Huawei Technologies Co., Ltd."; "江苏恒瑞医药" -> "jiangsu hengrui pharmaceutical"; "厦门" ->
 * "xiamen", where ICU reads "sha men". Why: ICU reads every hanzi as a syllable of its own ("hua wei
 * ji shu"), so the brand "Huawei" met no word of the Chinese name, and the untranslated descriptors
 * ("jituan" for "group") counted as rare words against the pair. Thai ({@code thai-words.tsv}):
 * "ธนาคารกรุงเทพ" -> "bank bangkok", as "Bangkok Bank", where ICU writes "thnakhar krungtheph".
 *
 * <p>The words are matched longest first from the left; a run of the script between two of them is
 * one word. No dictionary segmentation: a brand is exactly the word a dictionary does not know
 * (ICU's splits "华为" and "腾讯" into single syllables).
 */
final class GlossaryWords {
  /** A word of the glossary: its Latin form, and whether it is a place (a place suffix after it is dropped). */
  private record Word(String latin, boolean isPlace) {}

  private final Map<String, Word> words = new HashMap<>();
  private final int longest;
  private final Character.UnicodeScript script;
  /** Characters that, right after a place, say "city" or "province" and are dropped ("深圳市" is Shenzhen). */
  private final String placeSuffixes;

  private GlossaryWords(String file, Character.UnicodeScript script, String placeSuffixes) {
    String layout = "<word> TAB <latin> [TAB place]";
    int max = 0;
    for (String[] cols : Resources.table(file, 2, 3, layout)) {
      boolean place = cols.length == 3 && cols[2].equals("place");
      if (cols.length == 3 && !place) {
        throw new IllegalStateException(file + ": '" + String.join("\t", cols) + "' is not " + layout);
      }
      words.put(cols[0], new Word(cols[1], place));
      max = Math.max(max, cols[0].length());
    }
    this.longest = max;
    this.script = script;
    this.placeSuffixes = placeSuffixes;
  }

  /** Chinese words and places; loaded with the first Chinese name. */
  static GlossaryWords chinese() {
    return Chinese.WORDS;
  }

  /** Thai descriptors and places; loaded with the first Thai name. */
  static GlossaryWords thai() {
    return Thai.WORDS;
  }

  private static final class Chinese {
    static final GlossaryWords WORDS = new GlossaryWords("chinese-words.tsv", Character.UnicodeScript.HAN, "市省");
  }

  private static final class Thai {
    static final GlossaryWords WORDS = new GlossaryWords("thai-words.tsv", Character.UnicodeScript.THAI, "");
  }

  /**
   * The run in Latin letters: glossary words as written there, every other run of the script read
   * as one word, anything else (digits, brackets, spaces) kept.
   *
   * @param reading reads the script, syllables apart ("华为" -> "huá wéi")
   */
  String romanize(String run, UnaryOperator<String> reading) {
    StringBuilder out = new StringBuilder(run.length() * 4);
    int brandStart = -1;
    boolean afterPlace = false;
    for (int i = 0; i < run.length(); ) {
      int cp = run.codePointAt(i);
      if (Character.UnicodeScript.of(cp) != script) {
        brandStart = flushBrand(out, run, brandStart, i, reading);
        out.appendCodePoint(cp);
        afterPlace = false;
        i += Character.charCount(cp);
        continue;
      }
      int end = longestWord(run, i);
      if (afterPlace && end < 0 && placeSuffixes.indexOf(cp) >= 0) {
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
      brandStart = flushBrand(out, run, brandStart, i, reading);
      Word w = words.get(run.substring(i, end));
      space(out).append(w.latin());
      out.append(' ');
      afterPlace = w.isPlace();
      i = end;
    }
    flushBrand(out, run, brandStart, run.length(), reading);
    return out.toString().strip();
  }

  /** Appends the brand run {@code [start, end)} as one word, if there is one; returns -1 (no run open). */
  private static int flushBrand(StringBuilder out, String run, int start, int end, UnaryOperator<String> reading) {
    if (start >= 0 && end > start) {
      space(out).append(joined(reading.apply(run.substring(start, end)))).append(' ');
    }
    return -1;
  }

  private static StringBuilder space(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
    return out;
  }

  /** One word of syllables: "huá wéi" -> "huáwéi" (accents are folded later). */
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
  private int longestWord(String run, int from) {
    for (int end = Math.min(run.length(), from + longest); end > from; end--) {
      if (words.containsKey(run.substring(from, end))) {
        return end;
      }
    }
    return -1;
  }
}
