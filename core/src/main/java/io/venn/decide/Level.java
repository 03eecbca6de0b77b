package io.venn.decide;

/**
 * One outcome of a comparison and its evidence, Fellegi-Sunter style: {@code m}, how often two
 * records of the same company reach this level; {@code u}, how often two records of different
 * companies do. The evidence is {@code ln(m/u)}.
 *
 * @param label what the level means, for people ("same words", "different")
 * @param m probability of the level among matching pairs, in (0, 1)
 * @param u probability of the level among non-matching pairs, in (0, 1)
 * @param rule what the level does beyond its evidence: decide the pair, or make a field the account key
 */
public record Level(String label, double m, double u, Rule rule) {
  /** What a level does beyond adding its evidence. */
  public enum Rule {
    /** Adds {@code ln(m/u)}. */
    EVIDENCE,
    /**
     * Adds {@code ln(m/u')} where {@code u'} comes from how common the pair's own values are (a
     * name of rare words agrees by chance far less often than the level's average): Splink's
     * term-frequency adjustment.
     */
    TERM_FREQUENCY,
    /** Decides "match" whatever else says (the same DUNS or LEI). */
    FORCE_MATCH,
    /** Decides "no match" whatever else says (two different DUNS or LEI). */
    FORCE_NO_MATCH,
    /**
     * Adds its evidence and makes the field the account key: the soft fields that {@link
     * Comparison#yieldsToKey yield to the key} count no evidence against ("GE" and "General Electric"
     * at ge.com; a head office city against a branch city).
     */
    ACCOUNT_KEY
  }

  /** Probabilities are kept this far from 0 and 1 so every weight is finite. */
  static final double EPSILON = 1e-6;

  public Level {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a level needs a label");
    }
    if (!(m > 0 && m < 1) || !(u > 0 && u < 1)) {
      throw new IllegalArgumentException("level '" + label + "': m and u must be in (0, 1), were " + m + " and " + u);
    }
  }

  public static Level of(String label, double m, double u) {
    return new Level(label, m, u, Rule.EVIDENCE);
  }

  /** The evidence of reaching this level, {@code ln(m/u)}. */
  public double weight() {
    return Math.log(m / u);
  }

  /** This level with other probabilities (clamped into (0, 1)), same label and rule. */
  public Level with(double newM, double newU) {
    return new Level(label, clamp(newM), clamp(newU), rule);
  }

  static double clamp(double p) {
    return Math.max(EPSILON, Math.min(1 - EPSILON, p));
  }
}
