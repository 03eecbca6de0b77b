package io.venn.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkerResultTest {
  @Test
  void parse_lineItWrote_sameResult() {
    WorkerResult r = new WorkerResult("venn", 1000, 990, 120, 3400, 1L << 30, 412, "VENN", 52_000, 3);
    assertThat(WorkerResult.parse(r.toLine())).isEqualTo(r);
  }

  @Test
  void parse_lineWithoutBlockingCounts_unknownAsMinusOne() {
    WorkerResult r = WorkerResult.parse(
        WorkerResult.PREFIX + "engine=naive left=5 right=6 readMs=1 matchMs=2 heapPeak=3 matches=4 reader=VENN");
    assertThat(r.candidatePairs()).isEqualTo(-1);
    assertThat(r.skippedKeys()).isEqualTo(-1);
  }
}
