package io.venn.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Latin initialisms written as the names of their letters in Japanese katakana, Korean hangul or
 * Thai, read back as the letters: "ジェーシービー" is JCB, "エヌ・ティ・ティ" NTT, "케이티" KT, "에스케이" SK,
 * "ซีพี" CP. Companies named by an initialism write it so in their own script, and romanized letter
 * by letter it met nothing ("jeshibi" against "JCB").
 *
 * <p>Only a whole word (a run of one script's letters, or a part of it between "・") that is nothing
 * but letter names, two letters or more: "シーエム" is CM, but "エース" (ace) and "シティ" stay words.
 * Korean "시" (also "city"'s first syllable) is not C, and no syllable of a common word ("이", "오",
 * "유") reads as a letter alone.
 */
final class SpelledLetters {
  private SpelledLetters() {}

  private record Name(String spelling, char letter) {}

  /** Letter names, longest spelling first so a greedy read prefers "エイチ" (H) to "エイ" (A). */
  private static final List<Name> KATAKANA = sorted(
      "エー A", "エイ A", "ビー B", "シー C", "ディー D", "デー D", "イー E", "エフ F", "ジー G", "エイチ H",
      "エッチ H", "アイ I", "ジェー J", "ジェイ J", "ケー K", "ケイ K", "エル L", "エム M", "エヌ N", "オー O",
      "ピー P", "キュー Q", "アール R", "エス S", "ティー T", "ティ T", "テー T", "ユー U", "ブイ V", "ヴィー V",
      "ダブリュー W", "ダブリュ W", "エックス X", "ワイ Y", "ゼット Z", "ズィー Z");

  private static final List<Name> HANGUL = sorted(
      "에이 A", "비 B", "씨 C", "디 D", "에프 F", "쥐 G", "에이치 H", "아이 I", "제이 J", "케이 K", "엘 L",
      "엠 M", "엔 N", "피 P", "큐 Q", "알 R", "에스 S", "티 T", "브이 V", "더블유 W", "엑스 X", "와이 Y", "제트 Z",
      "지 G");

  private static final List<Name> THAI = sorted(
      "เอ A", "บี B", "ซี C", "ดี D", "อี E", "เอฟ F", "จี G", "เอช H", "ไอ I", "เจ J", "เค K", "แอล L",
      "เอ็ม M", "เอ็น N", "โอ O", "พี P", "คิว Q", "อาร์ R", "เอส S", "ที T", "ยู U", "วี V", "ดับเบิลยู W",
      "เอ็กซ์ X", "วาย Y", "แซด Z");

  private static final char MIDDLE_DOT = '・';
  private static final int MIN_LETTERS = 2;

  private static List<Name> sorted(String... rows) {
    List<Name> out = new ArrayList<>(rows.length);
    for (String row : rows) {
      out.add(new Name(row.substring(0, row.indexOf(' ')), row.charAt(row.length() - 1)));
    }
    out.sort(Comparator.comparingInt((Name n) -> n.spelling().length()).reversed());
    return List.copyOf(out);
  }

  /** The text with every word spelt in letter names written as its Latin letters; the same text when there is none. */
  static String toLatin(String text) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < text.length(); ) {
      List<Name> names = namesFor(text.charAt(i));
      if (names == null) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && namesFor(text.charAt(end)) == names) {
        end++;
      }
      String letters = letters(text.substring(i, end), names);
      if (letters != null) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        // Set apart from what follows in the same script ("エヌ・ティ・ティ・ドコモ": NTT ドコモ).
        out.append(text, copied, i).append(letters);
        copied = end;
      }
      i = end;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** The letter names of the script a character is written in, or {@code null}. */
  private static List<Name> namesFor(char c) {
    if (c >= '\u30A1' && c <= '\u30FC') { // katakana, the middle dot and the long-vowel mark
      return KATAKANA;
    }
    if (c >= '\uAC00' && c <= '\uD7A3') {
      return HANGUL;
    }
    if (c >= '\u0E01' && c <= '\u0E4E') {
      return THAI;
    }
    return null;
  }

  /**
   * The word's leading "・"-separated parts that are letter names, as letters followed by the rest
   * ("NTT ドコモ"); {@code null} when the first part is not one or fewer than two letters are spelt.
   */
  private static String letters(String word, List<Name> names) {
    StringBuilder letters = new StringBuilder();
    int at = 0;
    while (at < word.length()) {
      int next = word.indexOf(MIDDLE_DOT, at);
      int end = next < 0 ? word.length() : next;
      String part = spelt(word.substring(at, end), names);
      if (part == null) {
        break;
      }
      letters.append(part);
      at = next < 0 ? word.length() : next + 1;
    }
    if (letters.length() < MIN_LETTERS) {
      return null;
    }
    return at >= word.length() ? letters.toString() : letters + " " + word.substring(at);
  }

  /** The letters a part spells when it is nothing but letter names, else {@code null}. */
  private static String spelt(String part, List<Name> names) {
    StringBuilder out = new StringBuilder(4);
    int i = 0;
    while (i < part.length()) {
      Name found = null;
      for (Name n : names) {
        if (part.startsWith(n.spelling(), i)) {
          found = n;
          break;
        }
      }
      if (found == null) {
        return null;
      }
      out.append(found.letter());
      i += found.spelling().length();
    }
    return out.isEmpty() ? null : out.toString();
  }
}
