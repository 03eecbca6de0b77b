package io.venn.normalize;

import java.util.Set;

/**
 * A country named after a company name, as CRMs label regional branches: "Acme (France)",
 * "Acme GmbH (Deutschland)", "Acme (USA)", "Acme - UK", "Givaudan SA [CH]", or before its legal form,
 * as Asian subsidiaries are named: "Siemens (Thailand) Co., Ltd.", "Nestlé (M) Berhad". The place is not part of the name (the
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
    return beforeLegalForm(s, name);
  }

  /** Malaysia's and Singapore's one-letter labels, before their own legal forms: "Nestlé (M) Berhad", "DBS Vickers (S) Pte Ltd". */
  private static final java.util.Map<String, String> LETTER_LABELS = java.util.Map.of("M", "MY", "S", "SG");
  private static final java.util.Map<String, Set<String>> LETTER_LABEL_FORMS = java.util.Map.of(
      "MY", Set.of("sdn bhd", "bhd", "berhad"), "SG", Set.of("pte ltd", "pte", "private limited"));

  /**
   * Codes read as a country before a legal form: the branch labels companies write there. Other
   * two-letter codes there are more often something else ("(NI)" Northern Ireland, not Nicaragua;
   * "(SA)" South Africa, not Saudi Arabia; "(IT)", "(HR)"); names of states that are also countries
   * ("(Georgia) Inc") are not read either.
   */
  private static final Set<String> CODES_BEFORE_FORMS = Set.of("UK", "US", "USA", "UAE", "HK", "PRC");
  private static final Set<String> NOT_COUNTRIES_BEFORE_FORMS = Set.of("georgia", "jersey");

  /**
   * A country in brackets before the legal form, as Asian subsidiaries are named: "Siemens
   * (Thailand) Co., Ltd.", "Samsung Electronics (M) Sdn. Bhd.", "Acme (HK) Limited". Only when
   * nothing but legal forms follows ("Toyota Motor (China) Investment Co., Ltd." keeps its words).
   */
  private static Split beforeLegalForm(String s, String name) {
    int open = s.indexOf('(');
    int close = open < 0 ? -1 : s.indexOf(')', open);
    if (open <= 0 || close < 0 || close == s.length() - 1) {
      return new Split(name, null);
    }
    String inner = s.substring(open + 1, close).strip();
    String code = LETTER_LABELS.get(inner);
    if (code == null) {
      // a short label only as a listed code: "(A.M)" in "Aquarius Engines (A.M) Ltd." is no Armenia
      code = inner.length() <= 3 ? (CODES_BEFORE_FORMS.contains(inner) ? Countries.lookupLatinLanguages(inner) : null)
          : NOT_COUNTRIES_BEFORE_FORMS.contains(inner.toLowerCase(java.util.Locale.ROOT)) ? null
          : Countries.lookupLatinLanguages(inner);
    }
    String tail = s.substring(close + 1).strip();
    String before = s.substring(0, open).strip();
    if (code == null || tail.isEmpty() || before.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return new Split(name, null);
    }
    // parsed behind a stand-in word: alone, a name of legal forms only is kept whole as its name
    CompanyName forms = CompanyNames.parse("zz " + tail, code);
    if (forms.tokens().size() != 1 || forms.legalForms().isEmpty()) {
      return new Split(name, null);
    }
    if (LETTER_LABELS.containsKey(inner) && forms.legalForms().stream().noneMatch(LETTER_LABEL_FORMS.get(code)::contains)) {
      return new Split(name, null); // "Foo (S) Ltd" is no Singaporean company
    }
    return new Split(before + " " + tail, code, false);
  }

  /** The split when the place is a country and a name remains before it. */
  private static Split withPlace(String before, String code, String name) {
    boolean nameLeft = before.codePoints().anyMatch(Character::isLetterOrDigit);
    return code != null && nameLeft ? new Split(before.strip(), code) : new Split(name, null);
  }

  /**
   * @param name the name without the place
   * @param country ISO alpha-2 of the place, or {@code null} when there is none
   * @param overrides whether the place wins over the record's own country (a label after the name,
   *     "Acme (France)", names the branch); a place before the legal form only stands in for a
   *     missing or equal one ({@code AccountNormalizer}): "Narnia (Hong Kong) Company Limited"
   *     recorded in China stays in China with its place among its words, as its "Narnia (Hong Kong)
   *     Group Company Limited" does
   */
  record Split(String name, String country, boolean overrides) {
    Split(String name, String country) {
      this(name, country, true);
    }
  }
}
