package io.venn.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {
  @Test
  void peaks_largestBeforeAndAfterAcrossCollections(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("gc.log");
    Files.writeString(log, """
        [0.010s][info][gc] Using G1
        [1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 512M->100M(4096M) 12.345ms
        [5.678s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 3700M->1200M(4096M) 80.1ms
        [9.000s][info][gc] GC(2) Pause Full (G1 Compaction Pause) 2G->1536M(4G) 900.0ms
        [9.500s][info][gc] GC(3) Pause Young (Concurrent Start) (G1 Humongous Allocation) 900K->800K(4096M) 1.0ms
        """);
    GcLog.Peaks peaks = GcLog.peaks(log);
    assertThat(peaks.beforeGc()).isEqualTo(3700L << 20);
    assertThat(peaks.afterGc()).isEqualTo(1536L << 20);
  }

  @Test
  void peaks_noCollectionIsUnknown(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("gc.log");
    Files.writeString(log, "[0.010s][info][gc] Using G1\n");
    assertThat(GcLog.peaks(log)).isEqualTo(new GcLog.Peaks(-1, -1));
    assertThat(GcLog.peaks(dir.resolve("missing.log"))).isEqualTo(new GcLog.Peaks(-1, -1));
  }

  @Test
  void workerResult_roundTrip() {
    WorkerResult r = new WorkerResult("venn", 10_000, 9_999, 120, 3_400, 1L << 30, 4_021, "VENN", 52_000, 3);
    assertThat(WorkerResult.parse(r.toLine())).isEqualTo(r);
    assertThat(r.totalMillis()).isEqualTo(3_520);
    assertThat(r.recordsPerSecond()).isEqualTo(19_999 / 3.52);
    assertThatThrownBy(() -> WorkerResult.parse("hello")).hasMessageContaining("not a result line");
  }
}
