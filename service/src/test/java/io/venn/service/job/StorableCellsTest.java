package io.venn.service.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.cluster.Entity;
import io.venn.matrix.OverlapMatrix;
import io.venn.pipeline.Match;
import io.venn.pipeline.MatchResult;
import io.venn.view.PopulationCounts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A job stores the engine's matrix as its cells only when that matrix counts the entities its full
 * view counts: the ones rebuilt from the stored pairs.
 */
class StorableCellsTest {
  private static final OverlapMatrix MATRIX =
      new OverlapMatrix(
          List.of("Customers", "Prospects"),
          List.of("Customers"),
          List.of(new OverlapMatrix.Cell("Customers", "Customers", 2), new OverlapMatrix.Cell("Prospects", "Customers", 0)));

  @Test
  void sameEntities_storesTheNonZeroCells() {
    List<Entity> entities = List.of(new Entity(new int[] {3, 1}, new int[] {0}), new Entity(new int[] {2}, new int[] {5}));
    MatchResult result = result(entities, MATRIX);
    List<Entity> rebuilt = List.of(new Entity(new int[] {1, 3}, new int[] {0}), new Entity(new int[] {2}, new int[] {5}));

    assertThat(JobRepository.storableCells(result, rebuilt)).containsExactly(new PopulationCounts.Cell("Customers", "Customers", 2));
  }

  @Test
  void entitiesTheStoredPairsDoNotRebuild_storeNothing() {
    List<Entity> engine = List.of(new Entity(new int[] {1, 3}, new int[] {0}), new Entity(new int[] {2}, new int[] {5}));
    // Record 3 in no stored pair of its entity; or an entity with no stored pair at all.
    assertThat(JobRepository.storableCells(result(engine, MATRIX), List.of(new Entity(new int[] {1}, new int[] {0}), engine.get(1))))
        .isNull();
    assertThat(JobRepository.storableCells(result(engine, MATRIX), List.of(engine.get(0)))).isNull();
  }

  @Test
  void noMatrix_storesNothing() {
    List<Entity> entities = List.of(new Entity(new int[] {1}, new int[] {0}));
    assertThat(JobRepository.storableCells(result(entities, null), entities)).isNull();
  }

  private static MatchResult result(List<Entity> entities, OverlapMatrix matrix) {
    return new MatchResult(List.of(new Match(1, 0, 0.9, List.of())), entities, new double[entities.size()], matrix, null, null, java.util.Optional.empty());
  }
}
