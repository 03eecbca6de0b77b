package io.venn.view;

import io.venn.cluster.Entity;
import io.venn.matrix.OverlapCounter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A match's entity counts per (left population, right population), under no policy: what each
 * side's matrix is made from ({@link Views#matrix}). It holds no record, so a service can store it
 * when a job finishes and show the matrix later under the partner's policy of that moment without
 * reading the job's pairs or records.
 *
 * <p>A cell counts the entities with a left record in its left population and a right record in
 * its right population, once per entity however many such records it holds: the count of the
 * engine's {@code io.venn.matrix.OverlapCounter}.
 */
public final class PopulationCounts {
  /**
   * @param entities the entities of the cell; cells not given count 0
   */
  public record Cell(String left, String right, int entities) {}

  private record Key(String left, String right) {}

  private final List<String> left;
  private final List<String> right;
  private final Map<Key, Integer> counts;

  private PopulationCounts(List<String> left, List<String> right, Map<Key, Integer> counts) {
    this.left = List.copyOf(left);
    this.right = List.copyOf(right);
    this.counts = counts;
  }

  /**
   * Counts stored earlier.
   *
   * @param left every left population, in order of first appearance: the left side's rows
   * @param right likewise for the right side
   * @param cells the counts, zeros may be left out; a cell of a population not in the labels is never shown
   * @throws IllegalArgumentException if a population pair is given twice
   */
  public static PopulationCounts of(List<String> left, List<String> right, Collection<Cell> cells) {
    Map<Key, Integer> counts = new HashMap<>();
    for (Cell c : cells) {
      if (counts.put(new Key(c.left(), c.right()), c.entities()) != null) {
        throw new IllegalArgumentException("cell " + c.left() + " x " + c.right() + " given twice");
      }
    }
    return new PopulationCounts(left, right, counts);
  }

  /**
   * Counts the entities of a match.
   *
   * @param left the left list's populations, asked only for records in an entity
   * @param right the right list's populations
   */
  public static PopulationCounts count(ListPopulations left, ListPopulations right, List<Entity> entities) {
    Map<Key, Integer> counts = new HashMap<>();
    for (Entity e : entities) {
      OverlapCounter.forEachCell(e, left::of, right::of, (l, r) -> counts.merge(new Key(l, r), 1, Integer::sum));
    }
    return new PopulationCounts(left.labels(), right.labels(), counts);
  }

  /** Every left population, in order of first appearance, even those with no overlap. */
  public List<String> left() {
    return left;
  }

  /** Every right population, in order of first appearance, even those with no overlap. */
  public List<String> right() {
    return right;
  }

  /** The entities of a population pair; 0 for a pair never counted. */
  public int entities(String left, String right) {
    return counts.getOrDefault(new Key(left, right), 0);
  }

  /** The cells with a count above zero, what a service stores; in no particular order. */
  public List<Cell> nonZero() {
    List<Cell> out = new ArrayList<>(counts.size());
    counts.forEach((k, n) -> {
      if (n > 0) {
        out.add(new Cell(k.left(), k.right(), n));
      }
    });
    return out;
  }
}
