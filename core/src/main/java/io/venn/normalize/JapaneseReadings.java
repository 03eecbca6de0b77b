package io.venn.normalize;

import com.atilika.kuromoji.TokenizerBase;
import com.atilika.kuromoji.ipadic.Token;
import com.atilika.kuromoji.ipadic.Tokenizer;

/**
 * Japanese text in katakana, kanji replaced by their reading from Kuromoji's IPA dictionary
 * ("トヨタ自動車" -> "トヨタ ジドウシャ"), one word per dictionary token. Why: Japanese companies
 * romanize their names from the Japanese reading ("Toyota Jidosha", "Mitsubishi"); ICU reads kanji
 * as Mandarin pinyin ("zi dong che"), which no Japanese company writes.
 *
 * <p>The dictionary costs seconds and tens of megabytes to load, so it is loaded once, on the first
 * text that has kanji to read; kana-only text never loads it. The tokenizer is thread-safe.
 */
final class JapaneseReadings {
  private JapaneseReadings() {}

  /**
   * Whether Han characters in the text are Japanese kanji rather than Chinese hanzi: the account is
   * in Japan, the text has kana, or it has "会社" (company) or the short forms "(株)" and "(有)"
   * (NFKC of "㈱", "（株）"), which Chinese names do not use (they write "公司"). Otherwise Han is
   * read as Chinese, the more common case in company lists.
   */
  static boolean isJapanese(String text, String country) {
    if ("JP".equals(country) || text.contains("会社") || text.contains("(株)") || text.contains("(有)")) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
      if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
        return true;
      }
    }
    return false;
  }

  /** The text with every kanji word replaced by its katakana reading; kana-only text as is. */
  static String inKatakana(String text) {
    if (!hasKanji(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() * 2);
    for (String segment : katakanaApart(text)) {
      for (Token t : Holder.TOKENIZER.tokenize(segment)) {
        String reading = t.getReading();
        // unknown words ("*") and kana keep their surface; kana romanize the same either way
        String word = reading == null || reading.equals("*") ? t.getSurface() : reading;
        if (out.length() > 0 && !word.isBlank()) {
          out.append(' ');
        }
        out.append(word);
      }
    }
    return out.toString();
  }

  /**
   * The text cut where katakana meets kanji: a brand in katakana and a kanji word are separate words
   * ("トヨタ" + "自動車", "Toyota" + "Jidosha"), though the dictionary has "トヨタ自動車" as one entry.
   */
  private static java.util.List<String> katakanaApart(String text) {
    java.util.List<String> out = new java.util.ArrayList<>(2);
    int start = 0;
    Boolean previous = null;
    for (int i = 0; i < text.length(); i++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
      if (s != Character.UnicodeScript.KATAKANA && s != Character.UnicodeScript.HAN) {
        continue; // hiragana, the long-vowel bar and punctuation stay with the word they follow
      }
      boolean katakana = s == Character.UnicodeScript.KATAKANA;
      if (previous != null && previous != katakana) {
        out.add(text.substring(start, i));
        start = i;
      }
      previous = katakana;
    }
    out.add(text.substring(start));
    return out;
  }

  private static boolean hasKanji(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Holder: the dictionary loads on first use. Search mode splits compounds ("自動車" apart from "トヨタ"). */
  private static final class Holder {
    static final Tokenizer TOKENIZER = new Tokenizer.Builder().mode(TokenizerBase.Mode.SEARCH).build();
  }
}
