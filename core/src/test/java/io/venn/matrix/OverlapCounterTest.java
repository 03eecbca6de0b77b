package io.venn.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.cluster.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapCounterTest {
  @Test
  void count_byEntities_zeroCellsIncluded() {
    List<String> left = List.of("Customers", "Prospects", "Customers");
    List<String> right = List.of("Open Opportunities", "Customers");
    List<Entity> entities = List.of(new Entity(new int[] {0}, new int[] {1}), new Entity(new int[] {1}, new int[] {1}));
    OverlapMatrix m = OverlapCounter.count(left, right, entities);
    assertThat(m.leftPopulations()).containsExactly("Customers", "Prospects");
    assertThat(m.rightPopulations()).containsExactly("Open Opportunities", "Customers");
    assertThat(m.cells()).hasSize(4);
    assertThat(m.overlaps("Customers", "Customers")).isEqualTo(1);
    assertThat(m.overlaps("Prospects", "Customers")).isEqualTo(1);
    assertThat(m.overlaps("Customers", "Open Opportunities")).isZero();
  }

  @Test
  void count_entityWithTwoRecordsOfOnePopulation_countsOnce() {
    List<String> left = List.of("Customers", "Customers");
    List<String> right = List.of("Prospects");
    OverlapMatrix m = OverlapCounter.count(left, right, List.of(new Entity(new int[] {0, 1}, new int[] {0})));
    assertThat(m.overlaps("Customers", "Prospects")).isEqualTo(1);
  }

  @Test
  void count_sameNumberFromEitherSide() {
    List<String> left = List.of("A", "B", "A");
    List<String> right = List.of("X", "Y");
    List<Entity> entities = List.of(new Entity(new int[] {0, 1}, new int[] {0}), new Entity(new int[] {2}, new int[] {1}));
    OverlapMatrix lr = OverlapCounter.count(left, right, entities);
    List<Entity> swapped = entities.stream().map(e -> new Entity(e.right(), e.left())).toList();
    OverlapMatrix rl = OverlapCounter.count(right, left, swapped);
    for (OverlapMatrix.Cell c : lr.cells()) {
      assertThat(rl.overlaps(c.right(), c.left())).isEqualTo(c.overlaps());
    }
  }
}
