package io.venn.view;

import java.util.List;

/**
 * What one side of a match may see: the only thing that leaves the engine.
 *
 * @param rows my populations
 * @param columns the partner's populations its policy does not hide
 * @param cells one per (row, column)
 * @param overlaps the overlapping pairs whose partner record is in an {@code OVERLAPS} population
 */
public record SideView(List<String> rows, List<String> columns, List<Cell> cells, List<SharedRecord> overlaps) {
  public SideView {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    cells = List.copyOf(cells);
    overlaps = List.copyOf(overlaps);
  }

  /**
   * @param overlaps the entity count, or 0 when {@code suppressed}
   * @param suppressed true when a {@code COUNTS} cell held fewer than the minimum count (zero
   *     included) and is shown as "below k", so a one-record list cannot probe for a single account
   */
  public record Cell(String mine, String theirs, int overlaps, boolean suppressed) {}
}
