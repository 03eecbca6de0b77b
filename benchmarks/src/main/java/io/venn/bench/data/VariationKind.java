package io.venn.bench.data;

/**
 * One way two CRMs write the same company differently. A generated true pair carries the set of
 * kinds that separate its two records ({@link #EXACT} when none do), so recall can be reported per
 * kind. Every kind keeps the pair recognisable to a careful human.
 */
public enum VariationKind {
  /** No difference at all: the baseline every matcher must get. */
  EXACT("identical records"),
  /** "Inc." / "Incorporated" / dropped; "GmbH", "S.A.", "PT ... Tbk" written or left out. */
  LEGAL_FORM("legal form respelled, dropped or added"),
  /** Upper case (SEC style), lower case, full stops and commas dropped or added. */
  CASE_PUNCTUATION("case and punctuation"),
  /** "Nestlé" vs "Nestle": accents added or removed. */
  DIACRITICS("diacritics added or removed"),
  /** One edit (substitution, deletion, insertion, swap) inside a word of six letters or more. */
  TYPO("one typo in a long word"),
  /** "International" -> "Intl", "Manufacturing" -> "Mfg", and back. */
  ABBREVIATION("business word abbreviated or expanded"),
  /** A trailing generic word ("Holdings", "Group") dropped. */
  WORD_DROP("trailing generic word dropped"),
  /** A leading "The" added or removed. */
  THE_PREFIX("leading \"The\" added or removed"),
  /** "&" written as "and", or back. */
  AMPERSAND("\"&\" vs \"and\""),
  /** Scheme, "www.", trailing path or upper case in the website. */
  WEBSITE_FORMAT("website written differently (scheme, www, path)"),
  /** A subdomain of the same site ("investors.acme.com"). */
  SUBDOMAIN("website on a subdomain"),
  /** The same label under a country suffix ("acme.com" vs "acme.de"). */
  REGIONAL_TLD("regional domain (acme.com vs acme.de)"),
  /** An e-mail address where the website should be ("info@acme.com"). */
  EMAIL_DOMAIN("e-mail address as website"),
  /** No website on one side. */
  WEBSITE_MISSING("website missing on one side"),
  /** "USA" / "United States" / "US". */
  COUNTRY_SPELLING("country spelled differently"),
  /** City and/or country missing on one side. */
  FIELD_MISSING("city or country missing"),
  /** One of the two records is a second record of the company in the same list. */
  DUPLICATE("record is a duplicate within its list");

  private final String description;

  VariationKind(String description) {
    this.description = description;
  }

  /** What the kind means, for reports. */
  public String description() {
    return description;
  }

  /** Whether the kind changes the website (at most one such kind applies to a record). */
  public boolean isWebsite() {
    return this == WEBSITE_FORMAT || this == SUBDOMAIN || this == REGIONAL_TLD || this == EMAIL_DOMAIN
        || this == WEBSITE_MISSING;
  }

  /** Whether the kind is one the generator applies to a record (EXACT and DUPLICATE are labels only). */
  public boolean isApplicable() {
    return this != EXACT && this != DUPLICATE;
  }
}
