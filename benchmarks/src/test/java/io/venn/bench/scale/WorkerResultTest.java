package io.venn.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkerResultTest {
  @Test
  void parse_lineWithoutBlockingCounts_unknownAsMinusOne() {
    WorkerResult r = WorkerResult.parse(
        WorkerResult.PREFIX + "engine=naive left=5 right=6 readMs=1 matchMs=2 heapPeak=3 matches=4 reader=VENN");
    assertThat(r.candidatePairs()).isEqualTo(-1);
    assertThat(r.skippedKeys()).isEqualTo(-1);
  }
}
