package io.venn.matrix;

import io.venn.cluster.Entity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/** Counts entities per population pair. */
public final class OverlapCounter {
  private OverlapCounter() {}

  /**
   * Calls {@code cell} once for each (left population, right population) an entity counts in: every
   * population of its left records with every population of its right records, each pair once
   * however many records of one population it holds. The one rule of what a cell counts, for the
   * engine's matrix and for the counts a service stores ({@code io.venn.view.PopulationCounts}).
   */
  public static void forEachCell(Entity e, IntFunction<String> leftPopulation, IntFunction<String> rightPopulation,
      BiConsumer<String, String> cell) {
    if (e.left().length == 0 || e.right().length == 0) {
      return; // no pair of records, no cell: and no population asked for
    }
    Set<String> lefts = new LinkedHashSet<>();
    for (int l : e.left()) {
      lefts.add(leftPopulation.apply(l));
    }
    Set<String> rights = new LinkedHashSet<>();
    for (int r : e.right()) {
      rights.add(rightPopulation.apply(r));
    }
    for (String l : lefts) {
      for (String r : rights) {
        cell.accept(l, r);
      }
    }
  }

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
      forEachCell(e, leftPopulations::get, rightPopulations::get,
          (l, r) -> counts[rows.indexOf(l)][cols.indexOf(r)]++);
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
