package io.venn.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Takes off the words that spell out a name's own initialism: "PGE Polska Grupa Energetyczna" is
 * "PGE", "ABB Asea Brown Boveri" "ABB", "BBVA Banco Bilbao Vizcaya Argentaria" "BBVA". Why:
 * registries write the initialism and its expansion together while CRMs write either one, and the
 * expansion's words counted against the pair as words the other name lacks ("PGE" / "PGE Polska
 * Grupa Energetyczna S.A." in one city: 0.88, no match). With them off, "PGE" has the same words
 * and "Polska Grupa Energetyczna" is the initials of the other.
 */
final class SpelledOutInitials {
  /** Words an expansion may hold that its initialism skips ("Bank of America": BA). */
  private static final Set<String> SKIPPED = Set.of("and", "of", "the", "de", "du", "des", "la", "le", "et", "und", "der", "y", "e", "di", "for");
  /** An initialism of this many letters, the first word, followed by at least that many words. */
  static final int MIN_LETTERS = 2;
  static final int MAX_LETTERS = 6;

  private SpelledOutInitials() {}

  /**
   * The words without the run after the first word whose initials spell it; the same list when
   * there is none. The first word must be 2 to 6 letters and the run one word per letter (skipped
   * words aside), later in the name ("DZ Bank Deutsche Zentral-Genossenschaftsbank": "deutsche
   * zentral" off).
   */
  static List<String> without(List<String> words) {
    // Until none is left, so that a name parsed again from its words stays the same ("ab a b a b").
    List<String> out = words;
    for (List<String> fewer = once(out); fewer != out; fewer = once(out)) {
      out = fewer;
    }
    return out;
  }

  /** The words without the first run that spells the first word, or the same list. */
  private static List<String> once(List<String> words) {
    if (words.size() < 3) {
      return words;
    }
    String initialism = words.get(0);
    int letters = initialism.length();
    if (letters < MIN_LETTERS || letters > MAX_LETTERS || !initialism.chars().allMatch(c -> c >= 'a' && c <= 'z')
        || words.size() - 1 < letters) {
      return words;
    }
    for (int from = 1; from < words.size(); from++) {
      int to = spelledFrom(words, from, initialism);
      if (to > 0) {
        List<String> out = new ArrayList<>(words.size() - (to - from));
        out.addAll(words.subList(0, from));
        out.addAll(words.subList(to, words.size()));
        return out;
      }
    }
    return words;
  }

  /** Where the run from {@code from} that spells {@code initialism} ends (exclusive), or -1. */
  private static int spelledFrom(List<String> words, int from, String initialism) {
    if (SKIPPED.contains(words.get(from))) {
      return -1; // a run starts with a word it spells
    }
    int next = 0;
    for (int i = from; i < words.size(); i++) {
      String w = words.get(i);
      if (SKIPPED.contains(w)) {
        continue;
      }
      if (w.charAt(0) != initialism.charAt(next)) {
        return -1;
      }
      if (++next == initialism.length()) {
        return i + 1;
      }
    }
    return -1;
  }
}
