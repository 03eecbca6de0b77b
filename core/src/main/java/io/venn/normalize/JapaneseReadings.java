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
      appendReadings(out, segment);
    }
    return out.toString();
  }

  /** Appends each dictionary word's reading; a company-name entry is read as its brand and descriptor. */
  private static void appendReadings(StringBuilder out, String text) {
    for (Token t : Holder.TOKENIZER.tokenize(text)) {
      String reading = t.getReading();
      // unknown words ("*") and kana keep their surface; kana romanize the same either way
      String word = reading == null || reading.equals("*") ? t.getSurface() : apart(t.getSurface(), reading);
      if (out.length() > 0 && !word.isBlank()) {
        out.append(' ');
      }
      out.append(word);
    }
  }

  /** The reading with a space before the descriptor the word ends with, when its reading ends so. */
  private static String apart(String surface, String reading) {
    String descriptor = descriptorEnding(surface);
    if (descriptor == null) {
      return reading;
    }
    String end = Holder.DESCRIPTOR_READINGS.get(descriptor);
    return end != null && reading.length() > end.length() && reading.endsWith(end)
        ? reading.substring(0, reading.length() - end.length()) + " " + end
        : reading;
  }

  /**
   * Descriptor words that end Japanese company names, in kanji. The dictionary has many companies
   * whole ("参天製薬" Santen Pharmaceutical, "日清食品" Nissin Foods) and reads them as one word
   * ("santenseiyaku"), which shares nothing with the English name; read apart, the brand is a word
   * of its own and the descriptor one that romaji-words.tsv translates. The word's own reading is cut
   * ("ニッシン" of "ニッシンショクヒン"): the brand read alone is often read otherwise ("日清" alone is
   * "nichi shin", in the company "nisshin").
   */
  private static final java.util.List<String> DESCRIPTORS = java.util.List.of(
      "製作所", "重工業", "自動車", "不動産", "百貨店", "製薬", "薬品", "食品", "工業", "銀行", "電機", "電気", "化学", "証券",
      "保険", "建設", "商事", "物産", "産業", "航空", "鉄道", "電力", "石油", "製鉄", "生命", "乳業", "製菓", "通信", "運輸",
      "電工", "精機", "製紙", "興業", "電子", "機械", "製鋼", "繊維", "紡績", "酒造", "醸造", "倉庫", "海運", "汽船", "信託", "地所");

  /** The descriptor a dictionary word of more letters ends with, or null. */
  private static String descriptorEnding(String surface) {
    for (String d : DESCRIPTORS) {
      if (surface.length() > d.length() && surface.endsWith(d) && hasKanji(surface.substring(0, surface.length() - d.length()))) {
        return d;
      }
    }
    return null;
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

    /** Each descriptor's reading, as the dictionary reads it alone. */
    static final java.util.Map<String, String> DESCRIPTOR_READINGS = readings();

    private static java.util.Map<String, String> readings() {
      java.util.Map<String, String> out = new java.util.HashMap<>();
      for (String d : DESCRIPTORS) {
        StringBuilder r = new StringBuilder();
        for (Token t : TOKENIZER.tokenize(d)) {
          r.append(t.getReading() == null || t.getReading().equals("*") ? "" : t.getReading());
        }
        if (r.length() > 0) {
          out.put(d, r.toString());
        }
      }
      return java.util.Map.copyOf(out);
    }
  }
}
