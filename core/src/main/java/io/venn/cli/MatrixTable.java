package io.venn.cli;

import io.venn.matrix.OverlapMatrix;
import java.util.ArrayList;
import java.util.List;

/** The overlap matrix as an aligned text table: rows are left populations, columns right ones. */
final class MatrixTable {
  private MatrixTable() {}

  /** @param minCell counts below this, zero included, print as "< k"; 0 prints every count */
  static String render(OverlapMatrix m, int minCell) {
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>();
    head.add("left \\ right");
    head.addAll(m.rightPopulations());
    rows.add(head);
    for (String left : m.leftPopulations()) {
      List<String> row = new ArrayList<>();
      row.add(left);
      for (String right : m.rightPopulations()) {
        int n = m.overlaps(left, right);
        row.add(n < minCell ? "< " + minCell : String.format("%,d", n));
      }
      rows.add(row);
    }
    int[] widths = new int[head.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? cell + pad : "  " + pad + cell); // labels left, counts right-aligned
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
