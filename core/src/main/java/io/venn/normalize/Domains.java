package io.venn.normalize;

/** PLACEHOLDER for the public-suffix-list based domain normalizer. */
public final class Domains {
  private Domains() {}

  /**
   * The registrable domain's label without its public suffix: "acme.co.uk" -> "acme".
   *
   * @param registrable a registrable domain as returned by the domain normalizer
   */
  public static String label(String registrable) {
    int dot = registrable.indexOf('.');
    return dot < 0 ? registrable : registrable.substring(0, dot);
  }
}
