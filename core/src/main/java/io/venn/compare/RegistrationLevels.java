package io.venn.compare;

import io.venn.block.TokenStatistics;
import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;

/**
 * Picks the level two registration ids reach. Only ids of one kind compare (a DUNS and an LEI of
 * one company are not "different ids"). Global ids (DUNS, LEI) are {@link #SAME_GLOBAL} or {@link
 * #DIFFERENT_GLOBAL}; national company numbers {@link #SAME_NATIONAL} or {@link
 * #DIFFERENT_NATIONAL} (numbering schemes are reused across registries and exports, so they do not
 * decide).
 */
public final class RegistrationLevels implements LevelComparator {
  public static final int SAME_GLOBAL = 0;
  public static final int DIFFERENT_GLOBAL = 1;
  public static final int SAME_NATIONAL = 2;
  public static final int DIFFERENT_NATIONAL = 3;

  @Override
  public Observation observe(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, TokenStatistics stats) {
    long ra = a.registration();
    long rb = b.registration();
    long kind = AccountEncoder.registrationKind(ra);
    if (ra == 0 || rb == 0 || kind != AccountEncoder.registrationKind(rb)) {
      return Observation.MISSING_VALUE;
    }
    boolean global = kind == AccountEncoder.REGISTRATION_DUNS || kind == AccountEncoder.REGISTRATION_LEI;
    if (ra == rb) {
      return Observation.at(global ? SAME_GLOBAL : SAME_NATIONAL, 1.0);
    }
    return Observation.at(global ? DIFFERENT_GLOBAL : DIFFERENT_NATIONAL, 0.0);
  }
}
