package io.venn.normalize;

import java.util.regex.Pattern;

/**
 * Thai romanized closer to how Thai companies write their Latin names. ICU's Thai-Latin (ISO 11940)
 * spells letter by letter and writes the vowel carrier อ as "x": "อินทัช" is "xinthach" for
 * Intouch, "แอดวานซ์" "xaedwans" for Advance, "ออลล์" "xxll" for All. A word's leading "x" (the
 * carrier, silent) goes, and any other (อ as the vowel "o") is "o": "inthach", "aedwans", "oll".
 * Letters the thanthakhat (์) silences stay: in the English loanwords that make most Thai company
 * names they are the English spelling's ("โฮลดิ้งส์" holdings, "เซอร์วิส" service).
 */
final class ThaiSpelling {
  private ThaiSpelling() {}

  /** An x that starts a word: not after a letter, nor after the combining mark ICU puts on one ("h̄", "s̄"). */
  private static final Pattern CARRIER = Pattern.compile("(?<![\\p{L}\\p{M}])x");

  /** ICU's romanization with the vowel carrier dropped at a word's start and read "o" elsewhere. */
  static String afterTransliteration(String latin) {
    return latin.indexOf('x') < 0 ? latin : CARRIER.matcher(latin).replaceAll("").replace('x', 'o');
  }
}
