package io.venn.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The descriptor words at the end of a Japanese katakana or Korean hangul word, in the English that
 * these companies write in their Latin names: "ソフトバンクグループ" is "SoftBank Group", not
 * "sofutobankugurupu"; "삼성전자" is "Samsung Electronics", not "samseongjeonja"; "サカイホールディングス"
 * is "Sakai Holdings". Why: these names run words together without spaces, and a romanized
 * descriptor ("gurupu", "jeonja") meets no word of the Latin name and counts as a rare word against
 * the pair. The brand before it stays romanized as before.
 *
 * <p>Only suffixes, and only the loanwords and descriptors of {@code katakana-words.tsv} and {@code
 * hangul-words.tsv}: a word in the middle of a brand ("バンク" in "ソフトバンク") stays the brand's.
 *
 * <p>Scripts that put spaces between words (Cyrillic, Greek, Arabic, Hebrew) have their descriptor
 * words translated whole, wherever they stand and in any case: "Группа Сбербанк" is "group
 * sberbank", "Άλφα Τράπεζα" "alfa bank" ({@code cyrillic-words.tsv}...); "Сбербанк" keeps its "банк".
 */
final class TranslatedSuffixes {
  private final Map<String, String> words;
  private final int longest;
  private final Character.UnicodeScript script;
  /** Only whole words, looked up in lower case: the scripts that separate words by spaces. */
  private final boolean wholeWords;

  private TranslatedSuffixes(String file, Character.UnicodeScript script, boolean wholeWords) {
    Map<String, String> w = new HashMap<>();
    int max = 0;
    for (String[] cols : Resources.table(file, 2, 2, "<word> TAB <latin>")) {
      w.put(cols[0], cols[1]);
      max = Math.max(max, cols[0].length());
    }
    this.words = w;
    this.longest = max;
    this.script = script;
    this.wholeWords = wholeWords;
  }

  /** Katakana loanwords ("グループ" -> "group"); loaded with the first Japanese name. */
  static TranslatedSuffixes katakana() {
    return loaded("katakana-words.tsv", Character.UnicodeScript.KATAKANA, false);
  }

  /** Korean descriptors ("전자" -> "electronics"); loaded with the first Korean name. */
  static TranslatedSuffixes hangul() {
    return loaded("hangul-words.tsv", Character.UnicodeScript.HANGUL, false);
  }

  /** The whole-word descriptors of a script that separates words by spaces, or {@code null} for another script. */
  static TranslatedSuffixes words(Character.UnicodeScript script) {
    return switch (script) {
      case CYRILLIC -> loaded("cyrillic-words.tsv", script, true);
      case GREEK -> loaded("greek-words.tsv", script, true);
      case ARABIC -> loaded("arabic-words.tsv", script, true);
      case HEBREW -> loaded("hebrew-words.tsv", script, true);
      default -> null;
    };
  }

  /**
   * The run in Latin letters: each word of this script with its descriptor suffixes in English,
   * everything else romanized by {@code romanize} (called on the stretches between the suffixes,
   * so a Japanese brand is still read in context).
   */
  String romanize(String run, UnaryOperator<String> romanize) {
    List<String> out = new ArrayList<>(4);
    int pending = 0; // start of text not yet romanized
    int i = 0;
    while (i < run.length()) {
      if (!isLetter(run.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < run.length() && isLetter(run.charAt(end))) {
        end++;
      }
      // the word is [i, end): peel descriptors off its end, longest first
      List<String> suffixes = new ArrayList<>(2); // last first
      int stem = end;
      for (int cut = suffixStart(run, i, stem); cut >= 0; cut = suffixStart(run, i, stem)) {
        suffixes.add(words.get(key(run.substring(cut, stem))));
        stem = cut;
      }
      if (!suffixes.isEmpty()) {
        if (stem > pending) {
          addStripped(out, romanize.apply(run.substring(pending, stem)));
        }
        Collections.reverse(suffixes);
        out.addAll(suffixes);
        pending = end;
      }
      i = end;
    }
    if (pending == 0) {
      return romanize.apply(run); // no descriptor: the common case, unchanged
    }
    if (pending < run.length()) {
      addStripped(out, romanize.apply(run.substring(pending)));
    }
    return String.join(" ", out);
  }

  /** The text between descriptors, without the spaces around it ("Αλφα " before "bank"), unless empty. */
  private static void addStripped(List<String> out, String text) {
    String t = text.strip();
    if (!t.isEmpty()) {
      out.add(t);
    }
  }

  /** Where the longest glossary word ending at {@code end} starts (not before {@code from}); -1 if none. */
  private int suffixStart(String run, int from, int end) {
    if (wholeWords) {
      return end - from <= longest && words.containsKey(key(run.substring(from, end))) ? from : -1;
    }
    for (int start = Math.max(from, end - longest); start < end; start++) {
      if (words.containsKey(run.substring(start, end))) {
        return start;
      }
    }
    return -1;
  }

  private String key(String word) {
    return wholeWords ? word.toLowerCase(Locale.ROOT) : word;
  }

  private boolean isLetter(char c) {
    // the long-vowel bar is COMMON; Greek tonos and Hebrew points are INHERITED marks inside words
    return Character.UnicodeScript.of(c) == script || c == 'ー' || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Each table, read when the first name of its script is romanized: most lists need none of them. */
  private static final Map<String, TranslatedSuffixes> LOADED = new ConcurrentHashMap<>();

  private static TranslatedSuffixes loaded(String file, Character.UnicodeScript script, boolean wholeWords) {
    return LOADED.computeIfAbsent(file, f -> new TranslatedSuffixes(f, script, wholeWords));
  }
}
