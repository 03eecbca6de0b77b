package io.venn.read;

/** The fields Venn recognises in an account list; everything else is kept as a free attribute. */
public enum Field {
  ID,
  NAME,
  DOMAIN,
  COUNTRY,
  CITY,
  STATE,
  PHONE,
  REGISTRATION,
  POPULATION;

  /** The lower-case name used in policies, {@code --map} and JSON ({@code name}, {@code domain}...). */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
