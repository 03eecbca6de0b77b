package io.venn.bench.data;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Applies variation kinds to a draft record. Kinds are drawn uniformly so that every kind gets
 * enough pairs for its own recall figure (real CRM data is more skewed; the per-kind report is what
 * matters here).
 */
final class Variations {
  static final List<VariationKind> APPLICABLE =
      Arrays.stream(VariationKind.values()).filter(VariationKind::isApplicable).toList();

  private Variations() {}

  /**
   * Varies {@code d} by up to {@code count} distinct kinds (fewer when kinds do not apply).
   *
   * @return the kinds applied, empty when none
   */
  static Set<VariationKind> vary(Draft d, int count, SplittableRandom r) {
    EnumSet<VariationKind> applied = EnumSet.noneOf(VariationKind.class);
    for (int attempt = 0; applied.size() < count && attempt < 12; attempt++) {
      VariationKind k = APPLICABLE.get(r.nextInt(APPLICABLE.size()));
      if (applied.contains(k) || conflicts(k, applied)) {
        continue;
      }
      if (apply(k, d, r)) {
        applied.add(k);
      }
    }
    return applied;
  }

  /** How many kinds a varied record gets: one (70%), two (25%) or three (5%). */
  static int drawCount(SplittableRandom r) {
    int p = r.nextInt(100);
    return p < 70 ? 1 : p < 95 ? 2 : 3;
  }

  private static boolean conflicts(VariationKind k, Set<VariationKind> applied) {
    if (k.isWebsite() && applied.stream().anyMatch(VariationKind::isWebsite)) {
      return true;
    }
    return (k == VariationKind.FIELD_MISSING && applied.contains(VariationKind.COUNTRY_SPELLING))
        || (k == VariationKind.COUNTRY_SPELLING && applied.contains(VariationKind.FIELD_MISSING));
  }

  /** Applies one kind; {@code false} (and {@code d} unchanged) when it does not apply to this record. */
  static boolean apply(VariationKind k, Draft d, SplittableRandom r) {
    if (k.isWebsite()) {
      if (d.website == null) {
        return false;
      }
      d.website = Websites.apply(k, d, r);
      return true;
    }
    switch (k) {
      case COUNTRY_SPELLING -> {
        if (d.country == null) {
          return false;
        }
        d.country = Countries.respell(d.country, r);
        return true;
      }
      case FIELD_MISSING -> {
        if (d.city == null && d.country == null) {
          return false;
        }
        int what = d.city == null ? 1 : d.country == null ? 0 : r.nextInt(3);
        if (what != 1) {
          d.city = null;
        }
        if (what != 0) {
          d.country = null;
        }
        return true;
      }
      default -> {
        String varied = NameVariations.apply(k, d.name, Countries.code(d.country), r);
        if (varied == null || varied.equals(d.name) || NameKeys.key(varied).isEmpty()) {
          return false;
        }
        d.name = varied;
        return true;
      }
    }
  }
}
