package io.venn.matrix;

import io.venn.cluster.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Counts entities per population pair. */
public final class OverlapCounter {
  private OverlapCounter() {}

  /**
   * @param leftPopulations the population of each left record, by index
   * @param rightPopulations the population of each right record, by index
   * @param entities the matched entities
   */
  public static OverlapMatrix count(
      List<String> leftPopulations, List<String> rightPopulations, List<Entity> entities) {
    List<String> rows = new ArrayList<>(new LinkedHashSet<>(leftPopulations));
    List<String> cols = new ArrayList<>(new LinkedHashSet<>(rightPopulations));
    int[][] counts = new int[rows.size()][cols.size()];
    for (Entity e : entities) {
      // An entity counts once per cell even if it holds several records of the same population.
      Set<Integer> rowHits = new HashSet<>();
      for (int l : e.left()) {
        rowHits.add(rows.indexOf(leftPopulations.get(l)));
      }
      Set<Integer> colHits = new HashSet<>();
      for (int r : e.right()) {
        colHits.add(cols.indexOf(rightPopulations.get(r)));
      }
      for (int row : rowHits) {
        for (int col : colHits) {
          counts[row][col]++;
        }
      }
    }
    List<OverlapMatrix.Cell> cells = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < cols.size(); j++) {
        cells.add(new OverlapMatrix.Cell(rows.get(i), cols.get(j), counts[i][j]));
      }
    }
    return new OverlapMatrix(rows, cols, cells);
  }
}
