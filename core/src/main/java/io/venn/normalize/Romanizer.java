package io.venn.normalize;

import com.ibm.icu.text.Transliterator;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Text in any script to ASCII, each script the way companies write their Latin names: Japanese kana
 * by Hepburn and kanji by their Japanese reading ({@link JapaneseReadings}), hangul by Revised
 * Romanization ({@link HangulRomanizer}), Cyrillic by BGN/PCGN ("Лукойл" -> "lukoyl", as in "Lukoil"; ICU's default gives
 * "lukojl"), Greek by UNGEGN, Arabic, Hebrew and Thai by ICU's transforms, Chinese hanzi by pinyin,
 * a word's syllables run together and common descriptors translated ({@link GlossaryWords}); the
 * katakana and hangul descriptors that end Japanese and Korean names in English ({@link TranslatedSuffixes}).
 *
 * <p>Why per script: a transliterator is built, and costs time, only for the scripts a text holds;
 * ASCII text never reaches ICU and Latin text only {@link LatinFolding}. A change of script is a
 * word boundary ("LG전기" -> "LG jeongi").
 */
final class Romanizer {
  /** Countries whose names write "ü" as "ue": "Müller" is "Mueller" there. */
  private static final Set<String> GERMAN_SPEAKING = Set.of("DE", "AT", "CH", "LI", "LU");

  /** The scripts romanized by their own transform; anything else goes through ICU's Any-Latin. */
  enum Script {
    LATIN(null),
    JAPANESE("Hiragana-Katakana; Katakana-Latin"),
    /** Kanji: romanized within a {@link #JAPANESE} run; a script of its own only for {@link #scripts}. */
    KANJI(null),
    CHINESE("Han-Latin"),
    HANGUL("Hangul-Latin"),
    CYRILLIC("Russian-Latin/BGN"),
    GREEK("Greek-Latin/UNGEGN"),
    ARABIC("Arabic-Latin"),
    HEBREW("Hebrew-Latin"),
    THAI("Thai-Latin"),
    OTHER("Any-Latin");

    final String transform;

    Script(String transform) {
      this.transform = transform;
    }
  }

  // One instance per thread and script, built on first need: ICU's rule-based transliterators
  // lock their rule data, so sharing one across threads would serialize them.
  private static final ThreadLocal<Map<Script, Transliterator>> TRANSLITERATORS =
      ThreadLocal.withInitial(() -> new EnumMap<>(Script.class));

  private Romanizer() {}

  /**
   * The text in ASCII; ASCII text is returned as is.
   *
   * @param country ISO alpha-2 or {@code null}: Japanese decides how hanzi/kanji are read, German-
   *     speaking countries how umlauts are written
   */
  static String toAscii(String s, String country) {
    if (TextFolding.isAscii(s)) {
      return s;
    }
    boolean german = country != null && GERMAN_SPEAKING.contains(country);
    if (TextFolding.isLatinRange(s)) {
      // Accented Latin, the common case: NFKC can add no other script, and LatinFolding decomposes
      // (NFKD) what it folds, so normalizing it first would change nothing but the cost.
      return LatinFolding.fold(s, german);
    }
    // Half-width kana, full-width Latin; then initialisms spelt in letter names ("ジェーシービー": JCB).
    String text = SpelledLetters.toLatin(Normalizer.normalize(s, Normalizer.Form.NFKC));
    if (!TextFolding.hasNonLatinLetters(text)) {
      return LatinFolding.fold(text, german);
    }
    boolean japanese = JapaneseReadings.isJapanese(text, country);
    StringBuilder out = new StringBuilder(text.length() * 2);
    int runStart = 0;
    Script run = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Script script = scriptOf(cp, japanese);
      if (script != null && script != run) {
        if (run != null) {
          appendRun(out, text.substring(runStart, i), run, german, country);
          runStart = i;
        }
        run = script; // digits and punctuation before the first letter join the first run ("58同城")
      }
      i += Character.charCount(cp);
    }
    appendRun(out, text.substring(runStart), run == null ? Script.LATIN : run, german, country);
    return out.toString();
  }

  /**
   * The scripts other than Latin in a text, as {@link #toAscii} would romanize them (Han as
   * Japanese or Chinese by the same rule); empty for Latin-script text.
   */
  static Set<Script> scripts(String raw, String country) {
    Set<Script> out = EnumSet.noneOf(Script.class);
    if (TextFolding.isLatinRange(raw)) { // ASCII and accented Latin: NFKC keeps them Latin
      return out;
    }
    // The text as toAscii sees it: "㈜" is a symbol, but NFKC makes it "(주)", romanized as hangul.
    // Read raw, the legal-form catalog of Latin names took that alias in and built ICU's hangul
    // transliterator at every start-up for it (0.2-0.3 s).
    String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    if (!TextFolding.hasNonLatinLetters(text)) {
      return out;
    }
    boolean japanese = JapaneseReadings.isJapanese(text, country);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Script script = scriptOf(cp, japanese);
      if (script == Script.JAPANESE && Character.UnicodeScript.of(cp) == UnicodeScript.HAN) {
        out.add(Script.KANJI); // reading kanji loads a dictionary; kana-only names must not need it
      } else if (script != null && script != Script.LATIN) {
        out.add(script);
      }
      i += Character.charCount(cp);
    }
    return out;
  }

  /** The script a code point belongs to; {@code null} for digits, spaces, punctuation and marks, which join the run they are in. */
  static Script scriptOf(int cp, boolean japanese) {
    if (cp < 0x250) {
      return Character.isLetter(cp) ? Script.LATIN : null;
    }
    UnicodeScript u = UnicodeScript.of(cp);
    switch (u) {
      case COMMON: case INHERITED: case UNKNOWN: return null;
      case LATIN: return Script.LATIN;
      case HIRAGANA: case KATAKANA: return Script.JAPANESE;
      case HAN: return japanese ? Script.JAPANESE : Script.CHINESE;
      case HANGUL: return Script.HANGUL;
      case CYRILLIC: return Script.CYRILLIC;
      case GREEK: return Script.GREEK;
      case ARABIC: return Script.ARABIC;
      case HEBREW: return Script.HEBREW;
      case THAI: return Script.THAI;
      default: return Character.isLetter(cp) ? Script.OTHER : null;
    }
  }

  private static void appendRun(StringBuilder out, String run, Script script, boolean german, String country) {
    if (out.length() > 0) {
      out.append(' ');
    }
    String latin = switch (script) {
      case LATIN -> run;
      case JAPANESE -> TranslatedSuffixes.katakana().romanize(run, text -> hepburn(transliterate(JapaneseReadings.inKatakana(text), script)));
      case CHINESE -> GlossaryWords.chinese().romanize(run, hanzi -> transliterate(hanzi, script));
      case THAI -> GlossaryWords.thai().romanize(run,
          text -> ThaiSpelling.afterTransliteration(transliterate(text, script)));
      case HANGUL -> TranslatedSuffixes.hangul().romanize(run, text -> HangulRomanizer.romanize(text,
          rest -> TextFolding.hasNonLatinLetters(rest) ? transliterate(rest, script) : rest));
      // BGN/PCGN writes "·" between letters that would otherwise read as one sound ("Братск"
      // "brat·sk", "Мосэнерго" "mos·energo"); companies write the word whole, so it goes.
      case CYRILLIC -> TranslatedSuffixes.words(UnicodeScript.CYRILLIC).romanize(run,
          text -> transliterate(NationalCyrillic.toLatin(text, country), script).replace("\u00B7", ""));
      case GREEK -> TranslatedSuffixes.words(UnicodeScript.GREEK).romanize(run, text -> transliterate(text, script));
      case ARABIC -> TranslatedSuffixes.words(UnicodeScript.ARABIC).romanize(run, text -> transliterate(text, script));
      case HEBREW -> TranslatedSuffixes.words(UnicodeScript.HEBREW).romanize(run, text -> transliterate(text, script));
      default -> IndicSpelling.romanize(run, text -> transliterate(text, script));
    };
    out.append(LatinFolding.fold(latin, german));
  }

  private static String transliterate(String run, Script script) {
    return TRANSLITERATORS.get()
        .computeIfAbsent(script, s -> Transliterator.getInstance(s.transform))
        .transliterate(run);
  }

  /**
   * ICU's kana romanization written the way companies do (Hepburn without long-vowel marks): "ou",
   * "oo" and "uu" as "o" and "u" ("toukyou" -> "tokyo", "ootsuka" -> "otsuka"), the long-vowel bar
   * and "~" of small kana dropped.
   */
  private static String hepburn(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[\u0304\u0302~]", "");
    return t.replace("ou", "o").replace("oo", "o").replace("uu", "u").replace("OU", "O");
  }
}
