package io.venn.service.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * When each stage of a job began (the engine's progress names them; "store" is the job's own), so
 * its log line says where the time went: at a million records a side, minutes, not milliseconds.
 * Thread-safe: the engine reports from its worker threads.
 */
final class StageClock {
  private final long start = System.nanoTime();
  private final Map<String, Long> began = new LinkedHashMap<>();

  /** Notes that {@code stage} runs now; only its first call counts. */
  synchronized void begin(String stage) {
    began.putIfAbsent(stage, System.nanoTime());
  }

  long elapsedMillis() {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * "encode 41.0 s, block 6.2 s, ...": each stage until the next began. The first counts from the
   * clock's creation, so the engine's "encode" includes reading the lists, which it does as it encodes.
   */
  @Override
  public synchronized String toString() {
    List<Map.Entry<String, Long>> stages = new ArrayList<>(began.entrySet());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < stages.size(); i++) {
      long from = i == 0 ? start : stages.get(i).getValue();
      long to = i + 1 < stages.size() ? stages.get(i + 1).getValue() : System.nanoTime();
      out.append(i == 0 ? "" : ", ").append(stages.get(i).getKey())
          .append(String.format(Locale.ROOT, " %.1f s", (to - from) / 1e9));
    }
    return out.toString();
  }
}
