package io.venn.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.cluster.Entity;
import io.venn.matrix.OverlapCounter;
import io.venn.matrix.OverlapMatrix;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A service stores a finished job's counts (the engine's overlap matrix, non-zero cells only) and
 * later shows each side's matrix from them under the partner's policy of that moment
 * ({@link Views#matrix}): that must be exactly the matrix {@link Views#matches} builds from the
 * entities and the matched records' populations, for any entities (several records per side,
 * repeated indices, a side with none), populations and policies, HIDDEN and COUNTS suppression
 * included; and {@link Views#matches} must still count as it did before it used {@link Views#matrix}.
 */
class MatrixFromCountsPropertyTest {
  private static final List<String> POPULATIONS = List.of("Customers", "Prospects", "Open Opportunities", "Partners", "Churned");

  @Property(tries = 500)
  void matrixFromStoredCounts_isTheMatrixOfMatches(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int minCount) {
    Random random = new Random(seed);
    List<String> left = populations(random, random.nextInt(40));
    List<String> right = populations(random, random.nextInt(40));
    List<Entity> entities = randomEntities(random, left.size(), right.size());
    double[] scores = new double[entities.size()];
    SharingPolicy policy = RandomPolicies.of(random, POPULATIONS);

    // What the job stores: the engine's matrix, zeros left out; the labels come from the lists when read.
    OverlapMatrix engine = OverlapCounter.count(left, right, entities);
    List<PopulationCounts.Cell> stored = new ArrayList<>();
    for (OverlapMatrix.Cell c : engine.cells()) {
      if (c.overlaps() > 0) {
        stored.add(new PopulationCounts.Cell(c.left(), c.right(), c.overlaps()));
      }
    }
    Collections.shuffle(stored, random);
    PopulationCounts counts = PopulationCounts.of(labels(left), labels(right), stored);
    assertThat(counts.left()).isEqualTo(engine.leftPopulations());
    assertThat(counts.right()).isEqualTo(engine.rightPopulations());
    assertThat(PopulationCounts.count(of(left), of(right), entities).nonZero()).containsExactlyInAnyOrderElementsOf(stored);

    for (Side viewer : Side.values()) {
      SideMatches matches = Views.matches(viewer, of(left), of(right), entities, scores, policy, minCount);
      SideMatrix fromCounts = Views.matrix(viewer, counts, policy, minCount);
      SideMatrix before = matrixBefore(viewer, of(left), of(right), entities, policy, minCount);

      assertThat(fromCounts).isEqualTo(matches.matrix());
      assertThat(fromCounts).isEqualTo(before);
    }
  }

  /** Views.matches' matrix as it was built before it used {@link Views#matrix}: the reference. */
  private static SideMatrix matrixBefore(
      Side viewer, ListPopulations left, ListPopulations right, List<Entity> entities, SharingPolicy partnerPolicy, int minCount) {
    ListPopulations mine = viewer == Side.LEFT ? left : right;
    ListPopulations theirs = viewer == Side.LEFT ? right : left;
    List<String> rows = new ArrayList<>(mine.labels());
    List<String> columns = new ArrayList<>();
    for (String p : theirs.labels()) {
      if (partnerPolicy.forPopulation(p).level() != Level.HIDDEN) {
        columns.add(p);
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Entity entity : entities) {
      int[] myIdx = viewer == Side.LEFT ? entity.left() : entity.right();
      int[] theirIdx = viewer == Side.LEFT ? entity.right() : entity.left();
      Set<String> cellsHit = new LinkedHashSet<>();
      for (int m : myIdx) {
        for (int t : theirIdx) {
          String theirPopulation = theirs.of(t);
          if (partnerPolicy.forPopulation(theirPopulation).level() != Level.HIDDEN) {
            cellsHit.add(mine.of(m) + '\u0000' + theirPopulation);
          }
        }
      }
      for (String cell : cellsHit) {
        counts.merge(cell, 1, Integer::sum);
      }
    }
    List<SideView.Cell> cells = new ArrayList<>();
    for (String row : rows) {
      for (String col : columns) {
        int n = counts.getOrDefault(row + '\u0000' + col, 0);
        boolean suppressed = partnerPolicy.forPopulation(col).level() == Level.COUNTS && minCount > 1 && n < minCount;
        cells.add(new SideView.Cell(row, col, suppressed ? 0 : n, suppressed));
      }
    }
    return new SideMatrix(rows, columns, cells);
  }

  private static ListPopulations of(List<String> populations) {
    return ListPopulations.of(labels(populations), populations::get);
  }

  private static List<String> labels(List<String> populations) {
    return List.copyOf(new LinkedHashSet<>(populations));
  }

  /** Skewed towards a few populations, so some labels of the list have no match and some cells are small. */
  private static List<String> populations(Random random, int n) {
    int kinds = 1 + random.nextInt(POPULATIONS.size());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(POPULATIONS.get(random.nextBoolean() ? 0 : random.nextInt(kinds)));
    }
    return out;
  }

  /**
   * Entities of 0 to 3 records per side, indices possibly repeated within an entity and across
   * entities (the counting must not assume one-to-one clustering), sometimes a side with none.
   */
  private static List<Entity> randomEntities(Random random, int nl, int nr) {
    List<Entity> out = new ArrayList<>();
    if (nl == 0 || nr == 0) {
      return out;
    }
    int n = random.nextInt(Math.min(nl, nr) + 1);
    for (int e = 0; e < n; e++) {
      int[] l = new int[random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3)];
      int[] r = new int[random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3)];
      for (int i = 0; i < l.length; i++) {
        l[i] = random.nextInt(nl);
      }
      for (int i = 0; i < r.length; i++) {
        r[i] = random.nextInt(nr);
      }
      out.add(new Entity(l, r));
    }
    return out;
  }

}
