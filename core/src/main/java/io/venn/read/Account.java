package io.venn.read;

import java.util.Map;
import java.util.Objects;

/**
 * One account as its owner exported it: raw strings, untouched except for trimming. Blank values are
 * {@code null}. {@code population} is never null ("All" when the list has no population column).
 *
 * @param line the 1-based line of the source file where this record starts, for error reports
 */
public record Account(
    String id,
    String name,
    String domain,
    String country,
    String city,
    String state,
    String phone,
    String registration,
    String population,
    Map<String, String> attributes,
    long line) {

  public static final String DEFAULT_POPULATION = "All";

  public Account {
    Objects.requireNonNull(id, "id");
    population = population == null || population.isBlank() ? DEFAULT_POPULATION : population;
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** The value of a field by its name as used in sharing policies ({@code name}, {@code domain}, {@code owner}...). */
  public String field(String fieldName) {
    return switch (fieldName) {
      case "id" -> id;
      case "name" -> name;
      case "domain" -> domain;
      case "country" -> country;
      case "city" -> city;
      case "state" -> state;
      case "phone" -> phone;
      case "registration" -> registration;
      case "population" -> population;
      default -> attributes.get(fieldName);
    };
  }
}
