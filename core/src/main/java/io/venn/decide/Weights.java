package io.venn.decide;

/**
 * The evidence (natural-log odds) each field outcome contributes: Fellegi-Sunter style agreement and
 * disagreement weights, kept in one place so the rationale for every number sits beside it.
 *
 * <p>The prior and the name penalties were chosen by a sweep on the labelled real-company set
 * (core/src/test/resources/accuracy), taking the most recall that kept precision above 0.995 with
 * margin; the field weights come from how often each field agrees between two CRMs' records of one
 * company versus two companies.
 */
final class Weights {
  private Weights() {}

  /**
   * Log-odds before any evidence. With it, one shared word that is rare everywhere (weight at the
   * cap) clears the default threshold on its own, and any disagreeing website or country sinks it.
   */
  static final double PRIOR = -4.25;

  /** Names with no word in common (and letters too far apart to be typos) are different companies. */
  static final double NAME_NOTHING_SHARED = -8.0;
  /** Each unit of rarity in words only one name has counts against, by this factor... */
  static final double NAME_UNMATCHED = 0.4;
  /** ...but less when one name contains the other ("Tesco Express" / "Tesco"): extra words are often branch or division labels. */
  static final double NAME_UNMATCHED_CONTAINED = 0.15;

  /**
   * With the same website, a name that is close letter for letter (Dice at least
   * {@link #CLOSE_SPELLING_DICE}) counts against by at most this much (not at all): "Onoken" / "Ooken" at
   * onoken.co.jp is a typo, not another company. Names that are not close still count fully
   * (a renamed company or a brand under its parent's site stays unmatched: precision first).
   */
  static final double NAME_FLOOR_SAME_DOMAIN = 0.0;
  static final double CLOSE_SPELLING_DICE = 0.6;

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

  /**
   * The same national company number (in the same country): strong evidence, but it does not force a
   * match, since national numbering schemes are reused across registries and exports.
   */
  static final double REGISTRATION_NATIONAL_SAME = 5.0;

  /** Evidence shown for a DUNS or LEI decision, which overrides everything else. */
  static final double REGISTRATION_FORCED = 30.0;

  /** Pairs at or above this probability but below the match threshold are reported for review. */
  static final double REVIEW_PROBABILITY = 0.5;
}
