package io.venn.bench.scale;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one child-JVM run measured. Sent back as one line of {@code key=value} pairs after
 * {@value #PREFIX}.
 *
 * @param engine "venn" or "duke"
 * @param leftSize records read from the left list
 * @param rightSize records read from the right list
 * @param readMillis reading both CSV files
 * @param matchMillis matching (Venn: read lists to overlap matrix; Duke: index, link, one-to-one)
 * @param heapPeakBytes sum over heap memory pools of their peak usage (an upper bound on the true peak)
 * @param matches pairs written
 * @param reader which reader read the lists
 * @param candidatePairs pairs blocking handed to scoring (Venn), -1 for other engines
 * @param skippedKeys blocking keys over their cap, skipped as too common (Venn), -1 for other engines
 */
public record WorkerResult(
    String engine, int leftSize, int rightSize, long readMillis, long matchMillis, long heapPeakBytes, long matches,
    String reader, long candidatePairs, long skippedKeys) {
  static final String PREFIX = "VENN-BENCH-RESULT ";

  /** Read plus match: the end-to-end time. */
  public long totalMillis() {
    return readMillis + matchMillis;
  }

  /** Both lists' records per second of end-to-end time. */
  public double recordsPerSecond() {
    return (leftSize + rightSize) / Math.max(1e-3, totalMillis() / 1000.0);
  }

  String toLine() {
    return PREFIX + "engine=" + engine + " left=" + leftSize + " right=" + rightSize + " readMs=" + readMillis
        + " matchMs=" + matchMillis + " heapPeak=" + heapPeakBytes + " matches=" + matches + " reader=" + reader
        + " candidates=" + candidatePairs + " skippedKeys=" + skippedKeys;
  }

  /**
   * @throws IllegalArgumentException if the line is not a result line
   */
  static WorkerResult parse(String line) {
    if (!line.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a result line: " + line);
    }
    Map<String, String> kv = new LinkedHashMap<>();
    for (String part : line.substring(PREFIX.length()).trim().split(" ")) {
      int eq = part.indexOf('=');
      kv.put(part.substring(0, eq), part.substring(eq + 1));
    }
    return new WorkerResult(kv.get("engine"), Integer.parseInt(kv.get("left")), Integer.parseInt(kv.get("right")),
        Long.parseLong(kv.get("readMs")), Long.parseLong(kv.get("matchMs")), Long.parseLong(kv.get("heapPeak")),
        Long.parseLong(kv.get("matches")), kv.get("reader"), Long.parseLong(kv.getOrDefault("candidates", "-1")),
        Long.parseLong(kv.getOrDefault("skippedKeys", "-1")));
  }
}
