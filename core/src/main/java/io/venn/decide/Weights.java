package io.venn.decide;

/**
 * The evidence (natural-log odds) each field outcome contributes: Fellegi-Sunter style agreement and
 * disagreement weights, chosen on labelled pairs from real company lists, precision first. Kept in
 * one place so the rationale for every number sits beside it.
 */
final class Weights {
  private Weights() {}

  /**
   * Log-odds before any evidence. With it, one shared word that is rare everywhere (weight at the
   * cap) plus an agreeing country clears the default threshold; a word of middling rarity
   * ("Delta") needs one more agreeing field.
   */
  static final double PRIOR = -6.5;

  /** Names with no word in common (and letters too far apart to be typos) are different companies. */
  static final double NAME_NOTHING_SHARED = -8.0;
  /** Each unit of rarity in words only one name has counts against, by this factor... */
  static final double NAME_UNMATCHED = 0.6;
  /** ...but less when one name contains the other ("Tesco Express" / "Tesco"): extra words are often branch or division labels. */
  static final double NAME_UNMATCHED_CONTAINED = 0.35;

  /** Same registrable domain: few companies share one. */
  static final double DOMAIN_SAME = 7.0;
  /** Different registrable domains with the same label (acme.de / acme.co.uk): regional sites of one company. */
  static final double DOMAIN_SAME_LABEL = 2.5;
  /** Two different websites: usually two companies ("Delta" at delta.com vs deltafaucet.com). */
  static final double DOMAIN_DIFFERENT = -4.5;

  static final double COUNTRY_SAME = 0.5;
  /** Country disagreement says "different company" (two "Acme Consulting" in two countries). */
  static final double COUNTRY_DIFFERENT = -5.0;

  static final double CITY_SAME = 1.5;
  /** Weak: CRMs record head office in one and a branch in the other. */
  static final double CITY_DIFFERENT = -1.0;

  static final double PHONE_SAME = 5.0;
  /** Weak: switchboard versus direct lines. */
  static final double PHONE_DIFFERENT = -0.3;

  /** Evidence shown for a registration id decision, which overrides everything else. */
  static final double REGISTRATION_FORCED = 30.0;

  /** Pairs at or above this probability but below the match threshold are reported for review. */
  static final double REVIEW_PROBABILITY = 0.5;
}
