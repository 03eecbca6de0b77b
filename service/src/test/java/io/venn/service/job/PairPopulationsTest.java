package io.venn.service.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairPopulationsTest {
  @Test
  void of_answersForEveryStoredRecord_repeatsAndAnyOrder() {
    PairPopulations p = PairPopulations.of(new int[] {40, 3, 40, 7, 999}, new String[] {"Customers", "Prospects", "Customers", "Partners", "x"}, 4);
    assertThat(p.of(3)).isEqualTo("Prospects");
    assertThat(p.of(7)).isEqualTo("Partners");
    assertThat(p.of(40)).isEqualTo("Customers");
    // Only the first n pairs count; a record in no stored pair is an error, not a guess.
    assertThatThrownBy(() -> p.of(999)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
    assertThatThrownBy(() -> p.of(4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_refusesOneRecordStoredWithTwoPopulations() {
    assertThatThrownBy(() -> PairPopulations.of(new int[] {5, 5}, new String[] {"Customers", "Prospects"}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("record 5");
  }
}
