package io.venn.bench.data;

import java.util.List;
import java.util.SplittableRandom;

/** Builds look-alikes of a company that are, by construction, other companies. */
final class HardNegatives {
  private final SampleIndex index;

  HardNegatives(SampleIndex index) {
    this.index = index;
  }

  /**
   * A look-alike of {@code x}, or {@code null} when {@code x} offers no material for this kind (no
   * common word, or the look-alike would collide with a real company's name).
   */
  Company make(HardNegativeKind kind, Company x, SplittableRandom r) {
    List<String> distinctive = NameKeys.words(LegalForms.stem(x.name())).stream()
        .filter(w -> !NameKeys.isGeneric(w) && w.length() >= 3 && w.chars().allMatch(Character::isLetter))
        .toList();
    if (distinctive.isEmpty()) {
      return null;
    }
    String xKey = NameKeys.key(x.name());
    return switch (kind) {
      case SIMILAR_NAME_OTHER_COUNTRY -> similarElsewhere(x, distinctive.get(0), r);
      case SHARED_COMMON_WORD -> sharedWord(x, distinctive, xKey, r);
      case SAME_NAME_OTHER_WEBSITE -> sameNameOtherSite(x, r);
    };
  }

  private Company similarElsewhere(Company x, String word, SplittableRandom r) {
    String[] place = otherPlace(x, r, false);
    String generic = NameKeys.GENERIC.get(r.nextInt(NameKeys.GENERIC.size()));
    if (x.name().contains(generic)) {
      return null;
    }
    String name = SampleIndex.capitalize(word) + " " + generic + " " + LegalForms.typical(Countries.code(place[0]));
    if (!NameKeys.key(name).equals(NameKeys.key(x.name())) && index.realKeys.contains(NameKeys.key(name))) {
      return null;
    }
    String site = "https://www." + word + generic.toLowerCase(java.util.Locale.ROOT) + "." + Countries.webSuffix(place[0]);
    return new Company(name, site, place[0], place[1]);
  }

  private Company sharedWord(Company x, List<String> distinctive, String xKey, SplittableRandom r) {
    String common = distinctive.stream().filter(index.commonWords::contains).findFirst().orElse(null);
    if (common == null) {
      return null;
    }
    String a = index.vocabulary.get(r.nextInt(index.vocabulary.size()));
    String b = index.vocabulary.get(r.nextInt(index.vocabulary.size()));
    if (a.equals(b) || a.equals(common) || b.equals(common) || xKey.contains(a) || xKey.contains(b)) {
      return null;
    }
    String name = SampleIndex.capitalize(common) + " " + SampleIndex.capitalize(a) + " " + SampleIndex.capitalize(b)
        + " " + LegalForms.typical(Countries.code(x.country()));
    if (index.realKeys.contains(NameKeys.key(name))) {
      return null;
    }
    String[] place = otherPlace(x, r, true);
    return new Company(name, "https://www." + common + a + b + ".com", place[0], place[1]);
  }

  private Company sameNameOtherSite(Company x, SplittableRandom r) {
    if (x.country() == null) {
      return null;
    }
    String[] place = otherPlace(x, r, true);
    String a = index.vocabulary.get(r.nextInt(index.vocabulary.size()));
    String b = index.vocabulary.get(r.nextInt(index.vocabulary.size()));
    return new Company(x.name(), "https://www." + a + b + "-" + place[1].toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z]", "") + ".com", place[0], place[1]);
  }

  /** A real place in another country, or (sameCountry) another city of x's country when one exists. */
  private String[] otherPlace(Company x, SplittableRandom r, boolean sameCountry) {
    for (int attempt = 0; attempt < 200; attempt++) {
      String[] p = index.places.get(r.nextInt(index.places.size()));
      boolean countryMatches = p[0].equals(x.country());
      if (sameCountry == countryMatches && !p[1].equals(x.city())) {
        return p;
      }
    }
    return new String[] {sameCountry ? x.country() : "Iceland", sameCountry ? "Springfield" : "Reykjavik"};
  }
}
