package io.venn.compare;

import io.venn.block.TokenStatistics;
import io.venn.encode.AccountEncoder;
import io.venn.encode.CityKeys;
import io.venn.encode.EncodedAccount;

/**
 * Same / different city, as {@link LevelComparator#exact} says, except that with the two names in
 * different scripts the cities agree by their consonants ({@link CityKeys#sameSound}): a record
 * keeping its company's native name keeps its city in that script too ("Երևան", "ראשון לציון"),
 * and the romanization spells it as no English-writing CRM does.
 */
public final class CityLevels implements LevelComparator {
  @Override
  public Observation observe(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, TokenStatistics stats) {
    if (a.city() == 0 || b.city() == 0) {
      return Observation.MISSING_VALUE;
    }
    if (a.city() == b.city()) {
      return SAME;
    }
    boolean acrossScripts = AccountEncoder.isNonLatin(a.skeleton()) != AccountEncoder.isNonLatin(b.skeleton());
    return acrossScripts && CityKeys.sameSound(a.city(), b.city()) ? SAME : DIFFERENT;
  }
}
