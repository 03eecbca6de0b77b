package io.venn.view;

import java.util.List;

/**
 * One side's overlap matrix under the partner's policy, without any record: what the matrix and
 * the counts show.
 *
 * @param rows my populations
 * @param columns the partner's populations its policy does not hide
 * @param cells one per (row, column), row-major
 */
public record SideMatrix(List<String> rows, List<String> columns, List<SideView.Cell> cells) {
  public SideMatrix {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    cells = List.copyOf(cells);
  }
}
