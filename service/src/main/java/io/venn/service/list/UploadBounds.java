package io.venn.service.list;

import io.venn.read.Account;
import io.venn.service.system.BadInputException;
import io.venn.service.system.LimitExceededException;
import io.venn.service.system.VennProperties;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks each accepted account of one upload against the bounds a list must keep: a population bomb
 * (every row its own population) or thousands of columns would make matching and storage grow without
 * limit. Also refuses NUL characters, which PostgreSQL cannot store in text and no CRM export contains.
 */
final class UploadBounds {
  static final String POPULATIONS = "venn.limits.populations-per-list";
  static final String COLUMNS = "venn.limits.columns";

  private final String source;
  private final VennProperties.Limits limits;
  private final Set<String> populations = new HashSet<>();

  UploadBounds(String source, VennProperties.Limits limits) {
    this.source = source;
    this.limits = limits;
  }

  /** @throws LimitExceededException or BadInputException naming the line and, where it helps, the field */
  void check(Account a) {
    if (populations.add(a.population()) && populations.size() > limits.populationsPerList()) {
      throw new LimitExceededException(
          POPULATIONS,
          limits.populationsPerList(),
          source + ": line " + a.line() + " starts population number " + populations.size() + " ('" + shorten(a.population())
              + "'); a list may have at most " + limits.populationsPerList() + " populations (" + POPULATIONS
              + "). Is the population column the right one? Nothing was stored.");
    }
    if (a.attributes().size() > limits.columns()) {
      throw new LimitExceededException(
          COLUMNS,
          limits.columns(),
          source + ": line " + a.line() + " has " + a.attributes().size() + " extra columns; at most " + limits.columns()
              + " are kept per record (" + COLUMNS + "). Remove unused columns. Nothing was stored.");
    }
    requireNoNul(a.line(), "id", a.id());
    requireNoNul(a.line(), "name", a.name());
    requireNoNul(a.line(), "domain", a.domain());
    requireNoNul(a.line(), "country", a.country());
    requireNoNul(a.line(), "city", a.city());
    requireNoNul(a.line(), "state", a.state());
    requireNoNul(a.line(), "phone", a.phone());
    requireNoNul(a.line(), "registration", a.registration());
    requireNoNul(a.line(), "population", a.population());
    for (Map.Entry<String, String> e : a.attributes().entrySet()) {
      requireNoNul(a.line(), "column header", e.getKey());
      requireNoNul(a.line(), e.getKey(), e.getValue());
    }
  }

  private void requireNoNul(long line, String field, String value) {
    if (value != null && value.indexOf('\0') >= 0) {
      throw new BadInputException(
          source + ": line " + line + ", field " + shorten(field.replace('\0', '?'))
              + ": contains a NUL character, which no text export has (is this a binary or UTF-16 file saved"
              + " without its byte order mark?). Nothing was stored.");
    }
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
