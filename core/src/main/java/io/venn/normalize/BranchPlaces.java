package io.venn.normalize;

import java.util.Set;

/**
 * A country named after a company name, as CRMs label regional branches: "Acme (France)",
 * "Acme GmbH (Deutschland)", "Acme (USA)", "Acme - UK", "Givaudan SA [CH]". The place is not part of the name (the
 * French and Belgian branches of Acme are both "Acme"), but it says which entity the record is.
 * Places are read in English and fifteen Latin-script languages: most words after a name are not
 * a country, and each miss must stay cheap.
 */
final class BranchPlaces {
  /** Codes accepted after a dash, where a bare two-letter word is more often something else ("- IT"). */
  private static final Set<String> DASHED_CODES = Set.of("UK", "US", "USA", "UAE");
  private static final String[] DASHES = {" - ", " – ", " — "};

  private BranchPlaces() {}

  /**
   * The name without a trailing place, and the place's ISO alpha-2 code.
   *
   * @param name the company name, never {@code null}
   * @return the split, or the name unchanged with a {@code null} country when none is found
   */
  static Split split(String name) {
    String s = name.strip();
    if (s.endsWith(")") || s.endsWith("]")) {
      int open = s.lastIndexOf(s.endsWith(")") ? '(' : '[');
      if (open > 0) {
        String inner = s.substring(open + 1, s.length() - 1).strip();
        // a bare code only in capitals: "(DE)" is Germany, "(de)" is more likely a word
        String code = inner.length() <= 3 && !inner.equals(inner.toUpperCase(java.util.Locale.ROOT))
            ? null : Countries.lookupLatinLanguages(inner);
        return withPlace(s.substring(0, open), code, name);
      }
    }
    for (String dash : DASHES) {
      int at = s.lastIndexOf(dash);
      if (at > 0) {
        String tail = s.substring(at + dash.length()).strip();
        String code = tail.length() > 3 || DASHED_CODES.contains(tail) ? Countries.lookupLatinLanguages(tail) : null;
        return withPlace(s.substring(0, at), code, name);
      }
    }
    return new Split(name, null);
  }

  /** The split when the place is a country and a name remains before it. */
  private static Split withPlace(String before, String code, String name) {
    boolean nameLeft = before.codePoints().anyMatch(Character::isLetterOrDigit);
    return code != null && nameLeft ? new Split(before.strip(), code) : new Split(name, null);
  }

  /**
   * @param name the name without the place
   * @param country ISO alpha-2 of the place, or {@code null} when there is none
   */
  record Split(String name, String country) {}
}
