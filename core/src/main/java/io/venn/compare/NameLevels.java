package io.venn.compare;

import io.venn.block.TokenStatistics;
import io.venn.encode.EncodedAccount;

/**
 * Picks the level two names reach, strongest first: {@link #SAME_WORDS}, {@link #CONTAINS}, {@link
 * #CLOSE_SPELLING}, {@link #INITIALS}, {@link #TRANSLITERATED}, {@link #SOME_WORDS_DIFFER}, {@link
 * #NOTHING_SHARED}. The word levels carry the rarity of the words (shared words for, unshared ones
 * against): "Acme" and "Acme" agree by chance far less often than "Bank" and "Bank".
 */
public final class NameLevels implements LevelComparator {
  public static final int SAME_WORDS = 0;
  public static final int CONTAINS = 1;
  public static final int CLOSE_SPELLING = 2;
  public static final int INITIALS = 3;
  public static final int TRANSLITERATED = 4;
  public static final int SOME_WORDS_DIFFER = 5;
  public static final int NOTHING_SHARED = 6;

  /** Each unit of rarity in words only one name has counts against, by this factor... */
  static final double UNMATCHED = 0.4;
  /** ...but less when one name contains the other ("Tesco Express" / "Tesco"): extra words are often branch or division labels. */
  static final double UNMATCHED_CONTAINED = 0.15;
  /** Names this close letter for letter, words aside, are one name spelt two ways ("Onoken" / "Ooken"). */
  static final double CLOSE_SPELLING_DICE = 0.6;

  private final NameComparator names = new NameComparator();

  @Override
  public Observation observe(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, TokenStatistics stats) {
    if (a.nameTokens().length == 0 || b.nameTokens().length == 0) {
      return Observation.MISSING_VALUE;
    }
    NameSimilarity s = names.compare(a, wa, b, wb);
    if (s.shared() <= 0) {
      if (initialism(a, b) || initialism(b, a)) {
        return Observation.at(INITIALS, s.similarity());
      }
      if (a.skeleton() != 0 && a.skeleton() == b.skeleton()) {
        return Observation.at(TRANSLITERATED, s.similarity());
      }
      return Observation.at(NOTHING_SHARED, s.similarity());
    }
    double unmatched = s.unmatchedLeft() + s.unmatchedRight();
    double rarity = s.shared() - (s.contained() ? UNMATCHED_CONTAINED : UNMATCHED) * unmatched;
    int level = unmatched < 1e-9 ? SAME_WORDS
        : s.contained() ? CONTAINS
        : s.dice() >= CLOSE_SPELLING_DICE ? CLOSE_SPELLING
        : SOME_WORDS_DIFFER;
    return new Observation(level, s.similarity(), rarity);
  }

  private static boolean initialism(EncodedAccount shortForm, EncodedAccount longForm) {
    return shortForm.acronym() != 0 && shortForm.acronym() == longForm.initials();
  }
}
