package io.venn.matrix;

import java.util.List;

/**
 * Overlap counts per population pair. A cell counts entities (connected groups of matched records)
 * with a left record in {@code left} and a right record in {@code right}, so both sides see the
 * same number for the same cell.
 *
 * @param leftPopulations every left population, in order of first appearance, even those with no overlap
 * @param rightPopulations likewise for the right side
 * @param cells one cell per population pair, zeros included, left-major order
 */
public record OverlapMatrix(List<String> leftPopulations, List<String> rightPopulations, List<Cell> cells) {
  public OverlapMatrix {
    leftPopulations = List.copyOf(leftPopulations);
    rightPopulations = List.copyOf(rightPopulations);
    cells = List.copyOf(cells);
  }

  /** One population pair and its overlap count. */
  public record Cell(String left, String right, int overlaps) {}

  /** The count for a population pair, 0 when either population is unknown. */
  public int overlaps(String left, String right) {
    for (Cell c : cells) {
      if (c.left().equals(left) && c.right().equals(right)) {
        return c.overlaps();
      }
    }
    return 0;
  }
}
