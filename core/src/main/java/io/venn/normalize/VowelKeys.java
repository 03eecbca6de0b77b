package io.venn.normalize;

import java.util.List;

/**
 * A short name's sound with its vowels: the key on which a short name written in a syllabary or an
 * alphabet with vowels agrees with its Latin spelling ("Joyfull" / ジョイフル read "joifuru" ->
 * "joifr"; "Alinco" / アリンコ -> "arinko"; "Recomm" / レコッム -> "rekon"; "UBcare" / 웁카레 ->
 * "upkar"; "Itcen" / 잍센 -> "itsen"), while short names that only share their consonants stay apart
 * ("Sony" "soni", "Sanyo" "sanyo", "Sunny" "sni"). A short name has no {@link PhoneticKeys phonetic
 * key}, and its {@link Skeletons skeleton} of two to four consonants is shared by too many names to be
 * evidence alone; the vowels make it one.
 *
 * <p>Rules, each for a way the Latin spelling and the romanization of a transcription differ: the
 * English spelling read as it sounds ("ph" f, "th" t, "kh" k, "gh" g, "sh" and "sch" s, "ch" and "tch"
 * one sound c, "ck" k, "c" before e, i, y as s else k, "q" k, "x" ks, "z" s, "v" b); h and w go
 * (Greek and Japanese have no h sound before vowels, w is a vowel glide); y before a vowel is a glide,
 * else the vowel i ("Joy" / "joi"); l is r (Japanese and Korean have one liquid); an r after a vowel
 * goes before a consonant or at the end of a word, a final "-er" / "-or" after a consonant being the
 * long "a" Japanese writes ("Center" / センター "senta", "Motor" / モーター "mota"); a word's final
 * silent e after a consonant goes ("Valve" / バルブ "barubu"); doubled letters count once (long vowels,
 * geminates "ッ"); "ou" is o, "ee" i and "oa" o, the long vowels Japanese writes for them ("Calbee" /
 * カルビー "karubi", "Wacoal" / ワコール "wakoru"); a u or Korean eu after a consonant and before a
 * consonant or the end of a word goes,
 * as Japanese and Korean add it to close every consonant ("AppBank" / アップバンク "appubanku" ->
 * "apbank"); the vowels Revised Romanization writes one way and Korean companies' Latin names another
 * read as one (eo and oo as u, ai as ae: "hyeondae" / Hyundai); an m before a consonant or at the
 * end as n, as Japanese writes both ン ("Capcom" / カプコン "kapukon"). Digits stay. Abjads write no short vowels, so Arabic and Hebrew names rarely agree on this
 * key ("PolyPid" / "פליפד"): they, and Latin names in the countries that write them, carry an {@link
 * AbjadKeys abjad key} in its place ({@link CompanyName#shortNameKey}).
 */
final class VowelKeys {
  /** Keys shorter than this ("sni", "ik") are shared by chance across unrelated companies. */
  static final int MIN_LENGTH = 4;

  private VowelKeys() {}

  /** The vowel key of folded name tokens; "" when it would be shorter than {@link #MIN_LENGTH}. */
  static String of(List<String> tokens) {
    StringBuilder sounds = new StringBuilder(32);
    for (String t : tokens) {
      if (!sounds.isEmpty()) {
        sounds.append(WORD_END); // a word's end closes its last sound as the name's end does
      }
      appendWord(sounds, t);
    }
    koreanVowels(sounds);
    // Doubled letters, long vowels and geminates count once, across a word's end too ("Asahi
    // Intecc" as アサヒインテック, one word); "ou" is o.
    StringBuilder once = new StringBuilder(sounds.length());
    char previous = 0; // the last letter kept, whatever word it ends
    for (int i = 0; i < sounds.length(); i++) {
      char c = sounds.charAt(i);
      if (c == WORD_END) {
        once.append(c);
      } else if (c != previous && !(c == 'u' && previous == 'o')) {
        once.append(c);
        previous = c;
      }
    }
    StringBuilder out = new StringBuilder(once.length());
    for (int i = 0; i < once.length(); i++) {
      char c = once.charAt(i);
      boolean afterConsonant = out.length() > 0 && isConsonant(out.charAt(out.length() - 1));
      if (afterConsonant && c == 'e' && i + 1 < once.length() && once.charAt(i + 1) == 'u' && closes(once, i + 2)) {
        i++; // Korean's added eu: 아우토넥스 "autonekseu" / Autonex
        continue;
      }
      if (afterConsonant && c == 'u' && closes(once, i + 1)) {
        continue; // Japanese's added u: "appubanku" / AppBank
      }
      out.append(c);
    }
    nasals(out); // after the added vowels are gone: レコッム "rekommu" is "rekom", then "rekon", like "Recomm"
    // A voiced stop before a consonant or at the end is voiceless: a final sound is written either
    // way ("King Jim" / キングジム "kingujimu": "kinkjin" both).
    for (int i = 0; i < out.length(); i++) {
      if (closes(out, i + 1)) {
        out.setCharAt(i, devoiced(out.charAt(i)));
      }
    }
    int w = 0;
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) != WORD_END) {
        out.setCharAt(w++, out.charAt(i));
      }
    }
    out.setLength(w);
    return out.length() < MIN_LENGTH ? "" : out.toString();
  }

  /** Between two words while the rules run: closes a sound as the end of the name does, then goes. */
  private static final char WORD_END = ' ';

  /**
   * The vowels Revised Romanization writes one way and Korean companies' Latin names another, as
   * one: "eo" as u ("hyeondae" / Hyundai, "samseong" / Samsung), "oo" as u ("dusan" / Doosan,
   * "gukmin" / Kookmin), "ai" as ae ("hyeondae" / Hyundai). Both names go through it, so names
   * that agreed still agree.
   */
  private static void koreanVowels(StringBuilder s) {
    int w = 0;
    for (int r = 0; r < s.length(); r++) {
      char c = s.charAt(r);
      char next = r + 1 < s.length() ? s.charAt(r + 1) : 0;
      if ((c == 'e' || c == 'o') && next == 'o') {
        s.setCharAt(w++, 'u');
        r++;
      } else if (c == 'a' && next == 'i') {
        s.setCharAt(w++, 'a');
        s.setCharAt(w++, 'e');
        r++;
      } else {
        s.setCharAt(w++, c);
      }
    }
    s.setLength(w);
  }

  /**
   * An m before a consonant or at the end of the name (its words run together) as n: Japanese writes
   * both as ン, romanized n ("Capcom" / カプコン "kapukon"). Both names go through it.
   */
  private static void nasals(StringBuilder s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == 'm' && closes(s, i + 1)) {
        s.setCharAt(i, 'n');
      }
    }
  }

  private static char devoiced(char c) {
    return switch (c) {
      case 'b' -> 'p';
      case 'd' -> 't';
      case 'g' -> 'k';
      default -> c;
    };
  }

  /** Whether position {@code i} is the end of the text or of a word, or a consonant: an added vowel stands there. */
  private static boolean closes(CharSequence s, int i) {
    return i >= s.length() || s.charAt(i) == WORD_END || isConsonant(s.charAt(i));
  }

  /** One word's letters as sounds, the rules of the class that depend on the word's spelling. */
  private static void appendWord(StringBuilder out, String w) {
    int n = w.length();
    int start = out.length();
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      char next = i + 1 < n ? w.charAt(i + 1) : 0;
      char afterNext = i + 2 < n ? w.charAt(i + 2) : 0;
      if ((c == 's' || c == 't') && next == 'c' && afterNext == 'h') {
        out.append(c == 's' ? 's' : 'c'); // "sch" (Schneider), "tch" (Dutch)
        i += 2;
      } else if (next == 'h' && (c == 'c' || c == 'p' || c == 't' || c == 'k' || c == 'g' || c == 's')) {
        out.append(c == 'p' ? 'f' : c); // "ch" stays its own sound c; "ph" is f
        i++;
      } else if (c == 'c' && next == 'k') {
        out.append('k');
        i++;
      } else if ((c == 'e' && next == 'e') || (c == 'o' && next == 'a')) {
        out.append(c == 'e' ? 'i' : 'o'); // English "ee" and "oa" are Japanese's long i and o: "Calbee" カルビー, "Wacoal" ワコール
        i++;
      } else if (c == 'r' && i > 0 && isVowel(w.charAt(i - 1)) && (next == 0 || !(isVowel(next) || next == 'y' || next == 'r'))) {
        // non-rhotic r: "Sharp" / シャープ "shapu"; a final "-er" / "-or" is Japanese's long a
        int last = out.length() - 1;
        if (next == 0 && last > start && (out.charAt(last) == 'e' || out.charAt(last) == 'o')
            && isConsonant(out.charAt(last - 1))) {
          out.setCharAt(last, 'a');
        }
      } else if (c == 'e' && next == 0 && n > 3 && i > 0 && isConsonant(w.charAt(i - 1)) && w.charAt(i - 1) != 'e') {
        // a final silent e: "Valve" / バルブ
      } else {
        switch (c) {
          case 'c' -> out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
          case 'q' -> out.append('k');
          case 'x' -> out.append("ks");
          case 'z' -> out.append('s');
          case 'v' -> out.append('b');
          case 'l' -> out.append('r');
          case 'h', 'w' -> { }
          case 'y' -> out.append(isVowel(next) ? 'y' : 'i');
          default -> out.append(c);
        }
      }
    }
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** A consonant letter; y, a glide, is not one: the u of "yu" is a vowel of its own. */
  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && c != 'y' && !isVowel(c);
  }
}
