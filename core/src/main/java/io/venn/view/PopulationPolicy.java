package io.venn.view;

import java.util.List;
import java.util.Objects;

/**
 * What a partner may see of one population.
 *
 * @param fields the record fields shared when {@code level} is {@link Level#OVERLAPS} ("name",
 *     "domain", "owner"...); must be empty for the other levels
 */
public record PopulationPolicy(Level level, List<String> fields) {
  public static final PopulationPolicy HIDDEN = new PopulationPolicy(Level.HIDDEN, List.of());
  public static final PopulationPolicy COUNTS = new PopulationPolicy(Level.COUNTS, List.of());

  public PopulationPolicy {
    Objects.requireNonNull(level, "level");
    fields = fields == null ? List.of() : List.copyOf(fields);
    if (level != Level.OVERLAPS && !fields.isEmpty()) {
      throw new IllegalArgumentException("fields " + fields + " can only be shared with level OVERLAPS, not " + level);
    }
  }

  public static PopulationPolicy overlaps(String... fields) {
    return new PopulationPolicy(Level.OVERLAPS, List.of(fields));
  }
}
