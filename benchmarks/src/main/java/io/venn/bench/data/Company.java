package io.venn.bench.data;

import java.util.Objects;

/**
 * One company as a reference source knows it: the shape every generated record is derived from.
 *
 * @param name the company name as registered ("Aalberts N.V.")
 * @param website the website as published ("http://www.aalberts.com"), never blank
 * @param country the English country name ("Netherlands"), or {@code null}
 * @param city the city, or {@code null}
 */
public record Company(String name, String website, String country, String city) {
  public Company {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(website, "website");
    country = blankToNull(country);
    city = blankToNull(city);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
