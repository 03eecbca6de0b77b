package io.venn.normalize;

/**
 * The initialism a name states in brackets after itself: "Oil and Natural Gas Corporation (ONGC)",
 * "Bharat Heavy Electricals Limited (BHEL)", "Mobile Telecommunication Company of Iran (MCI)". Read
 * as a word of the name, it counted against every record without it, and it kept the legal form
 * before it from being taken off ("Oil and Natural Gas Corporation (ONGC)" / "Oil & Natural Gas Corp
 * Ltd" scored 0.57); it is the company's own short name, so the name keeps it as its initialism
 * instead ({@link CompanyName#statedAcronym}). Only capitals whose letters the words before spell in
 * order, the first letter the name's: "(UK)" after "Acme" is a place ({@link BranchPlaces}), "(PTY)"
 * a legal form.
 */
final class StatedAcronym {
  private StatedAcronym() {}

  /** The name without its stated initialism, and the initialism in lower case. */
  record Split(String name, String acronym) {}

  /** An initialism has two to eight capitals or digits, the first a capital. */
  private static final int MIN_LETTERS = 2;
  private static final int MAX_LETTERS = 8;

  /**
   * The name split from the initialism it states; {@code null} when it states none. Scans from the
   * end, no regex: a name can be a record's whole 4M characters, and a pattern with two open runs
   * would try each split of it.
   */
  static Split split(String name) {
    if (name == null) {
      return null;
    }
    int end = name.length();
    while (end > 0 && Character.isWhitespace(name.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || name.charAt(end - 1) != ')') {
      return null; // most names
    }
    int open = name.lastIndexOf('(', end - 2);
    int letters = end - 1 - (open + 1);
    if (open <= 0 || letters < MIN_LETTERS || letters > MAX_LETTERS || !isCapital(name.charAt(open + 1))) {
      return null;
    }
    for (int i = open + 2; i < end - 1; i++) {
      char c = name.charAt(i);
      if (!isCapital(c) && (c < '0' || c > '9')) {
        return null;
      }
    }
    String before = name.substring(0, open).stripTrailing();
    String acronym = name.substring(open + 1, end - 1).toLowerCase(java.util.Locale.ROOT);
    return spells(acronym, TextFolding.phrase(before)) ? new Split(before, acronym) : null;
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Whether the acronym's letters run through the name's in order, the first one the name's first. */
  private static boolean spells(String acronym, String phrase) {
    if (phrase.isEmpty() || phrase.charAt(0) != acronym.charAt(0) || phrase.indexOf(' ') < 0) {
      return false;
    }
    int at = 1;
    for (int i = 1; i < acronym.length(); i++) {
      at = phrase.indexOf(acronym.charAt(i), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }
}
