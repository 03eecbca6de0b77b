package io.venn.view;

import java.util.List;

/**
 * One side's view of a match before any record is read: the matrix, and which pairs it may see
 * records of. Its size grows with the matches, not with the lists; {@link Views#shared} reads the
 * records of a pair when they are shown.
 *
 * @param rows my populations
 * @param columns the partner's populations its policy does not hide
 * @param cells one per (row, column)
 * @param shared the overlapping pairs whose partner record is in an {@code OVERLAPS} population
 */
public record SideMatches(List<String> rows, List<String> columns, List<SideView.Cell> cells, List<SharedPair> shared) {
  public SideMatches {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    cells = List.copyOf(cells);
    shared = List.copyOf(shared);
  }

  /** The matrix alone. */
  public SideMatrix matrix() {
    return new SideMatrix(rows, columns, cells);
  }
}
