package io.venn.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void of_workedExample() {
    // 100 predicted, 95 of them true; 98 true pairs could have been found
    Metrics m = Metrics.of(100, 95, 98);
    assertThat(m).isEqualTo(new Metrics(95, 5, 3));
    assertThat(m.precision()).isCloseTo(0.95, within(1e-12));
    assertThat(m.recall()).isCloseTo(95.0 / 98, within(1e-12));
    assertThat(m.f1()).isCloseTo(2 * 0.95 * (95.0 / 98) / (0.95 + 95.0 / 98), within(1e-12));
  }

  @Test
  void precision_nothingPredictedIsNoFalseMatch() {
    Metrics m = Metrics.of(0, 0, 10);
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(0.0);
    assertThat(m.f1()).isEqualTo(0.0);
  }

  @Test
  void recall_nothingExpected() {
    assertThat(Metrics.of(3, 0, 0).recall()).isEqualTo(1.0);
    assertThat(Metrics.of(3, 0, 0).precision()).isEqualTo(0.0);
  }

  @Test
  void of_moreCorrectThanExpectedNeverNegative() {
    assertThat(Metrics.of(5, 5, 4).falseNegatives()).isZero();
  }

  @Test
  void of_rejectsImpossibleCounts() {
    assertThatThrownBy(() -> Metrics.of(2, 3, 5)).hasMessageContaining("exceeds predicted");
    assertThatThrownBy(() -> new Metrics(-1, 0, 0)).hasMessageContaining("negative");
  }

  @Test
  void share_rate() {
    assertThat(new Share(9, 10).rate()).isEqualTo(0.9);
    assertThat(new Share(0, 0).rate()).isNaN();
    assertThatThrownBy(() -> new Share(3, 2)).hasMessageContaining("hits <= total");
  }
}
