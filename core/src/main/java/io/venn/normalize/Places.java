package io.venn.normalize;

/** Cities and states (regions): folded words, so spellings of the same place compare equal. */
public final class Places {
  private Places() {}

  /**
   * Lower-case ASCII words, punctuation removed, whitespace collapsed: "St. Louis" -> "st louis",
   * "São Paulo" -> "sao paulo", "Москва" -> "moskva", "Saint-Étienne" -> "saint etienne".
   *
   * @return ok(folded), or rejected {@link Reason#EMPTY} when there is no letter or digit
   */
  public static Normalized fold(String raw) {
    if (raw == null || raw.isBlank()) {
      return Normalized.rejected(Reason.EMPTY, raw);
    }
    String folded = TextFolding.phrase(raw);
    return folded.isEmpty() ? Normalized.rejected(Reason.EMPTY, raw) : Normalized.ok(folded);
  }
}
