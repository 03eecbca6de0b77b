package io.venn.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column holds which field, resolved once from the header line. Headers are compared trimmed,
 * case-insensitively, with runs of spaces collapsed. When several headers name the same field (a
 * HubSpot export has both "Company Domain Name" and "Website URL"), the alias listed first wins and
 * the others are kept as attributes.
 */
final class Columns {
  /** The headers each field is recognised by, most specific first. */
  static final Map<Field, List<String>> ALIASES = aliases();
  /** Attribute headers renamed so a sharing policy can name them the same way for every CRM. */
  static final Map<String, String> ATTRIBUTE_NAMES = Map.of(
      "account owner", "owner", "owner name", "owner", "owner", "owner", "company owner", "owner",
      "account owner name", "owner", "owner full name", "owner");

  private final List<String> headers;
  private final EnumMap<Field, Integer> index;
  private final String[] attributeKeys; // per column; null when the column is a field or has no header

  private Columns(List<String> headers, EnumMap<Field, Integer> index, String[] attributeKeys) {
    this.headers = headers;
    this.index = index;
    this.attributeKeys = attributeKeys;
  }

  /**
   * @param overrides header per field from {@code --map}, already normalized by {@link #key}
   * @throws InvalidListException if a mapped header is absent or no column holds a name or a domain
   */
  static Columns resolve(List<String> headers, Map<Field, String> overrides, String source) throws InvalidListException {
    List<String> keys = headers.stream().map(Columns::key).toList();
    EnumMap<Field, Integer> index = new EnumMap<>(Field.class);
    for (Map.Entry<Field, String> o : overrides.entrySet()) {
      int at = keys.indexOf(o.getValue());
      if (at < 0) {
        throw new InvalidListException(source, "no column \"" + o.getValue() + "\" for --map " + o.getKey().key() + "=...; headers found: " + found(headers));
      }
      index.put(o.getKey(), at);
    }
    for (Map.Entry<Field, List<String>> e : ALIASES.entrySet()) {
      if (index.containsKey(e.getKey())) {
        continue;
      }
      for (String alias : e.getValue()) {
        int at = keys.indexOf(alias);
        if (at >= 0 && !index.containsValue(at)) {
          index.put(e.getKey(), at);
          break;
        }
      }
    }
    if (!index.containsKey(Field.NAME) && !index.containsKey(Field.DOMAIN)) {
      throw new InvalidListException(source, "no name or domain column (expected a header such as Name, Account Name, "
          + "Company, Website or Domain, or --map name=<header>); headers found: " + found(headers));
    }
    String[] attributeKeys = new String[keys.size()];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (k.isEmpty() || index.containsValue(i)) {
        continue;
      }
      k = ATTRIBUTE_NAMES.getOrDefault(k, k);
      int n = seen.merge(k, 1, Integer::sum);
      attributeKeys[i] = n == 1 ? k : k + " (" + n + ")";
    }
    return new Columns(headers, index, attributeKeys);
  }

  /** How headers are compared: trimmed, lower case, inner whitespace collapsed. */
  static String key(String header) {
    return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  int size() {
    return headers.size();
  }

  boolean has(Field field) {
    return index.containsKey(field);
  }

  /** The value of a field in a row, trimmed, {@code null} if blank (or control characters only) or absent. */
  String value(List<String> row, Field field) {
    Integer at = index.get(field);
    return at == null || at >= row.size() ? null : blankToNull(row.get(at));
  }

  /** Non-blank values of the columns that are not fields, by attribute key. */
  Map<String, String> attributes(List<String> row) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < attributeKeys.length && i < row.size(); i++) {
      String v = attributeKeys[i] == null ? null : blankToNull(row.get(i));
      if (v != null) {
        attributes.put(attributeKeys[i], v);
      }
    }
    return attributes;
  }

  static String blankToNull(String v) {
    if (v == null) {
      return null;
    }
    String t = v.strip();
    // A value of control characters only (a DOS end-of-file mark on the last line) carries nothing.
    // A loop, not a stream: this runs for every cell of every row.
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isISOControl(t.charAt(i))) {
        return t;
      }
    }
    return null;
  }

  private static String found(List<String> headers) {
    List<String> shown = new ArrayList<>();
    for (String h : headers.subList(0, Math.min(headers.size(), 25))) {
      shown.add("\"" + h.strip() + "\"");
    }
    return String.join(", ", shown) + (headers.size() > 25 ? " and " + (headers.size() - 25) + " more" : "");
  }

  private static Map<Field, List<String>> aliases() {
    Map<Field, List<String>> a = new EnumMap<>(Field.class);
    // Salesforce, HubSpot and Dynamics 365 export headers; "(do not modify) account" is Dynamics' row GUID.
    a.put(Field.ID, List.of("id", "account id", "record id", "(do not modify) account", "account number"));
    a.put(Field.NAME, List.of("account name", "company name", "company", "name", "organization name", "organisation name", "organization"));
    a.put(Field.DOMAIN, List.of("company domain name", "domain", "website", "website url", "url", "web site"));
    a.put(Field.COUNTRY, List.of("country", "billing country", "country/region", "address 1: country/region", "shipping country"));
    a.put(Field.CITY, List.of("city", "billing city", "address 1: city", "shipping city"));
    a.put(Field.STATE, List.of("state", "billing state/province", "state/region", "state/province", "region", "address 1: state/province", "billing state"));
    a.put(Field.PHONE, List.of("phone", "phone number", "main phone", "company phone", "telephone"));
    a.put(Field.REGISTRATION, List.of("registration", "registration number", "duns", "d-u-n-s number", "duns number", "lei", "company number"));
    a.put(Field.POPULATION, List.of("population", "type", "segment", "lifecycle stage", "relationship type", "account type"));
    return a;
  }
}
