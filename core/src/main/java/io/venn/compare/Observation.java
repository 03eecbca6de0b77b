package io.venn.compare;

/**
 * The level one pair reached in one comparison.
 *
 * @param level index into the comparison's levels (0 is the strongest agreement), or {@link #MISSING}
 * @param similarity 0..1 for people, or {@code NaN} when missing
 * @param rarity what the pair's own values say beyond the level's average, in nats: for a
 *     term-frequency level, {@code -ln u} of this pair (the rarity of a name's shared words, less its
 *     unshared ones); for other levels a correction added to the level's weight (a website shared by
 *     several records of a list counts {@code -ln k} less); 0 for none
 */
public record Observation(int level, double similarity, double rarity) {
  public static final int MISSING = -1;
  public static final Observation MISSING_VALUE = new Observation(MISSING, Double.NaN, 0);

  public static Observation at(int level, double similarity) {
    return new Observation(level, similarity, 0);
  }

  public boolean isMissing() {
    return level == MISSING;
  }
}
