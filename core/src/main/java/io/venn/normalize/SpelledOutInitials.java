package io.venn.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes off the words that spell out a name's own initialism: "PGE Polska Grupa Energetyczna" is
 * "PGE", "ABB Asea Brown Boveri" "ABB", "BBVA Banco Bilbao Vizcaya Argentaria" "BBVA". Why:
 * registries write the initialism and its expansion together while CRMs write either one, and the
 * expansion's words counted against the pair as words the other name lacks ("PGE" / "PGE Polska
 * Grupa Energetyczna S.A." in one city: 0.88, no match). With them off, "PGE" has the same words
 * and "Polska Grupa Energetyczna" is the initials of the other.
 *
 * <p>Only when the words that spell it end the name (legal forms aside): "ABN AMRO Bank N.V.
 * Depositary receipts" stays whole. Not by case, as a registry writes every name in capitals and a
 * name must fold the same way in both lists. Known limit: an ordinary name whose last words happen
 * to start with the first word's letters loses them too ("Big Blue Insurance Group" is "big", as
 * "Big Bear Insurance Group" is; "Al Ain Logistics" "al"), a common first word's weak evidence.
 */
final class SpelledOutInitials {
  /** An initialism of this many letters, the first word, followed by at least that many words. */
  static final int MIN_LETTERS = 2;
  static final int MAX_LETTERS = 6;

  private SpelledOutInitials() {}

  /**
   * The words without the run at their end whose initials spell the first word, the same list when
   * there is none. The first word must be 2 to 6 letters, the run one word per letter, skipped words
   * aside, ending the name ("PGE Polska Grupa Energetyczna": "polska grupa energetyczna" off).
   */
  static List<String> without(List<String> words) {
    if (words.size() < 3) {
      return words;
    }
    // Until none is left, so that a name parsed again from its words stays the same.
    List<String> out = words;
    for (List<String> fewer = once(out); fewer != out; fewer = once(out)) {
      out = fewer;
    }
    return out;
  }

  /** The words without the run at their end that spells the first word, or the same list. */
  private static List<String> once(List<String> words) {
    String initialism = words.get(0);
    int letters = initialism.length();
    if (words.size() < 3 || letters < MIN_LETTERS || letters > MAX_LETTERS
        || !initialism.chars().allMatch(c -> c >= 'a' && c <= 'z') || words.size() - 1 < letters) {
      return words;
    }
    for (int from = 1; from < words.size(); from++) {
      if (spellsToTheEnd(words, from, initialism)) {
        List<String> out = new ArrayList<>(words.subList(0, from));
        return out;
      }
    }
    return words;
  }

  /** Whether the words from {@code from} to the end spell {@code initialism}, one word per letter. */
  private static boolean spellsToTheEnd(List<String> words, int from, String initialism) {
    if (CompanyName.skippedByInitials(words, from)) {
      return false; // a run starts with a word it spells
    }
    int next = 0;
    for (int i = from; i < words.size(); i++) {
      String w = words.get(i);
      if (CompanyName.skippedByInitials(words, i)) {
        continue; // words an expansion holds that its initialism skips ("Bank of America": BA)
      }
      if (next == initialism.length() || w.charAt(0) != initialism.charAt(next)) {
        return false;
      }
      next++;
    }
    return next == initialism.length();
  }
}
