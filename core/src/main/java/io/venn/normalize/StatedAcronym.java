package io.venn.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern TRAILING = Pattern.compile("(.*\\p{L}.*?)\\s*\\(([A-Z][A-Z0-9]{1,7})\\)\\s*");

  /** The name split from the initialism it states; {@code null} when it states none. */
  static Split split(String name) {
    if (name == null || !name.endsWith(")")) {
      return null; // most names: no regex
    }
    Matcher m = TRAILING.matcher(name);
    if (!m.matches()) {
      return null;
    }
    String acronym = m.group(2).toLowerCase(java.util.Locale.ROOT);
    String letters = TextFolding.phrase(m.group(1));
    return spells(acronym, letters) ? new Split(m.group(1), acronym) : null;
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
