package io.venn.decide;

import io.venn.compare.LevelComparator;
import java.util.List;
import java.util.Objects;

/**
 * One declared comparison of the model: a field, the comparator that picks a level for a pair, and
 * the ordered levels with their evidence.
 *
 * @param field the field's name in explanations ("name", "domain"...)
 * @param levels strongest agreement first; the comparator returns indices into this list
 * @param yieldsToKey whether evidence against from this field is dropped when another field's
 *     {@link Level.Rule#ACCOUNT_KEY} level agrees (a brand name at the company's own website)
 */
public record Comparison(String field, LevelComparator comparator, List<Level> levels, boolean yieldsToKey) {
  public Comparison {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(comparator, "comparator");
    levels = List.copyOf(levels);
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("comparison '" + field + "' needs at least one level");
    }
  }

  /** This comparison with other levels (re-estimated probabilities), same field and comparator. */
  public Comparison withLevels(List<Level> newLevels) {
    if (newLevels.size() != levels.size()) {
      throw new IllegalArgumentException("comparison '" + field + "' has " + levels.size() + " levels, got " + newLevels.size());
    }
    return new Comparison(field, comparator, newLevels, yieldsToKey);
  }
}
