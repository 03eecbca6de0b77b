package io.venn.service.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageClockTest {
  @Test
  void toString_eachStageOnceInTheOrderItBegan() {
    StageClock clock = new StageClock();
    clock.begin("encode");
    clock.begin("encode");
    clock.begin("block");
    clock.begin("score");
    clock.begin("block");
    clock.begin("store");
    assertThat(clock.toString()).matches("encode \\d+\\.\\d s, block \\d+\\.\\d s, score \\d+\\.\\d s, store \\d+\\.\\d s");
  }

  @Test
  void toString_noStageYet_empty() {
    assertThat(new StageClock().toString()).isEmpty();
  }
}
