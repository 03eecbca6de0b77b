package io.venn.encode;

import java.util.List;
import java.util.Set;

/**
 * Short forms of a name that a whole-word comparison cannot see: the initials of a name of several
 * words, and the name itself when it is written as an initialism, so "IBM" meets "International
 * Business Machines" and "TEB" meets "Türk Ekonomi Bankası".
 */
final class NameKeys {
  /** Words an initialism usually skips ("Bank of America" -> "BA", "Procter and Gamble" -> "PG"). */
  private static final Set<String> SKIPPED = Set.of("and", "of", "the", "de", "du", "des", "la", "le", "et", "und", "der", "y", "e", "di", "for");

  /** An initialism has at least two letters and not many more. */
  static final int MIN_LETTERS = 2;
  static final int MAX_LETTERS = 6;

  private NameKeys() {}

  /** First letters of the name's words (skipping "and", "of"...), when there are 2 to 6 of them; else "". */
  static String initials(List<String> words) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (String w : words) {
      if (SKIPPED.contains(w)) {
        continue;
      }
      if (!Character.isLetter(w.charAt(0))) {
        return "";
      }
      out.append(w.charAt(0));
      count++;
    }
    return count >= MIN_LETTERS && count <= MAX_LETTERS && words.size() >= 2 ? out.toString() : "";
  }

  /**
   * The name as an initialism: one word of 2 to 6 letters ("ibm"), or single letters ("g e" -> "ge",
   * "P&G" folded to "p and g" -> "pg", as initials skip "and"); else "".
   */
  static String acronym(List<String> words) {
    if (words.size() == 1) {
      String w = words.get(0);
      return w.length() >= MIN_LETTERS && w.length() <= MAX_LETTERS && w.chars().allMatch(Character::isLetter) ? w : "";
    }
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (w.length() > 1 && SKIPPED.contains(w)) {
        continue; // "and", not the letter "e" of "A&E"
      }
      if (w.length() != 1 || !Character.isLetter(w.charAt(0))) {
        return "";
      }
      out.append(w);
    }
    return out.length() >= MIN_LETTERS && out.length() <= MAX_LETTERS ? out.toString() : "";
  }
}
