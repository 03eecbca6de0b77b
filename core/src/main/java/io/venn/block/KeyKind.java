package io.venn.block;

/** The kinds of blocking key; each record gets keys of several kinds. */
enum KeyKind {
  NAME_TOKEN,
  NAME_PAIR,
  PHONETIC,
  DOMAIN,
  DOMAIN_LABEL,
  PHONE,
  REGISTRATION,
  NAME_LSH,
  /** Initials of a long name and the short form of an initialism share one key space ("ibm"). */
  INITIALS,
  /** A long name's initials with its legal form's letters ("bpcl") or its compound words' ("swm"), looked up by initialisms only. */
  FORM_INITIALS,
  /** An initialism again, for long names' initials with the legal form's or compound words' letters to look up: never two long names by those. */
  ACRONYM,
  SKELETON,
  /**
   * A Latin name without a website as a website would spell it ({@code EncodedAccount#siteNames}),
   * looked up only by a native-script record's website ({@link #SITE_LABEL}): these keys neither
   * crowd the label blocks nor join two Latin names (at 1M x 1M, "NEC Corporation" at nec.com met
   * the initials of "Nuran Educacao Capital" past the initials' cap: 7 false matches, 3 true).
   */
  SITE_NAME,
  /** The brand of a native-script record's website label, looked up by {@link #SITE_NAME}s only. */
  SITE_LABEL,
  /**
   * A Latin name without a website, all its words run together ({@code AccountEncoder#wholeSiteName}),
   * looked up by the brand of a record's website label: a key of its own, so generic names
   * ("Delta", "Apex") never crowd a website's label block past its cap. The other way round, such a
   * name looks up the label keys ({@link #DOMAIN_LABEL}) without adding to them.
   */
  WHOLE_SITE_NAME;

  private static final KeyKind[] VALUES = values();

  static KeyKind of(int ordinal) {
    return VALUES[ordinal];
  }

  /** Mixes a feature token with this kind so that equal tokens of different kinds never collide. */
  long key(long token) {
    long h = (token ^ (0x9E3779B97F4A7C15L * (ordinal() + 1))) * 0xBF58476D1CE4E5B9L;
    h ^= h >>> 31;
    return h == 0 ? ordinal() + 1 : h;
  }

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
