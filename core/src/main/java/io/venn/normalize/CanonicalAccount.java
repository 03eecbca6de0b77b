package io.venn.normalize;

import io.venn.normalize.CompanyName;
import java.util.Objects;

/**
 * An account after normalization: each field canonical or {@code null} when missing or unusable.
 *
 * @param domain registrable domain ("acme.co.uk"), free-mail and placeholder domains dropped
 * @param country ISO 3166-1 alpha-2, upper case
 * @param city lower-case ASCII, punctuation removed
 * @param phone E.164 ("+14155550100")
 * @param registration namespaced id: "duns:012345678", "lei:5493001KJTIIGC8Y1R12", or "reg:" + as given
 * @param site the website's host without "www." when it is below the registrable domain
 *     ("investor.acme.com" for domain "acme.com"), else {@code null}: two pages on one hosting domain
 *     are two sites
 */
public record CanonicalAccount(
    String id,
    String population,
    CompanyName name,
    String domain,
    String country,
    String city,
    String state,
    String phone,
    String registration,
    String site) {
  /** An account whose website, if any, is its registrable domain itself. */
  public CanonicalAccount(String id, String population, CompanyName name, String domain, String country, String city,
      String state, String phone, String registration) {
    this(id, population, name, domain, country, city, state, phone, registration, null);
  }

  public CanonicalAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(name, "name");
  }
}
