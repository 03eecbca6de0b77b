package io.venn.compare;

/**
 * How two names compare, as token evidence rather than one number, so decide can tell "shares a
 * rare word" from "shares a common word".
 *
 * @param shared rarity mass of the words both names have: the rarest shared word fully, the others
 *     at a fraction (words of one name are not independent evidence)
 * @param unmatchedLeft rarity mass of the left name's words with no counterpart
 * @param unmatchedRight likewise for the right name
 * @param contained true when every word of the shorter name has a counterpart in the other
 * @param dice Dice similarity of the names' bigram filters, 0..1
 * @param spelledAlike some word of one name is a word of the other as spelled (or two words run
 *     together), not only by a fallback: the same letter set, stem, abbreviation or sound
 * @param genericShared the words both names have are all common ({@link io.venn.block.TokenStatistics#isCommonWord})
 *     and a word only one name has is rarer than any of them: the shared words are a generic name
 *     ("china bank") and the other's extra word names the company ("China Construction Bank")
 */
public record NameSimilarity(
    double shared, double unmatchedLeft, double unmatchedRight, boolean contained, double dice, boolean spelledAlike,
    boolean genericShared) {

  /** The similarity shown to people: rarity-weighted share of the words that agree, 0..1. */
  public double similarity() {
    double total = shared + unmatchedLeft + unmatchedRight;
    return total == 0 ? dice : shared / total;
  }
}
