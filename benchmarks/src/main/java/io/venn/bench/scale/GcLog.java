package io.venn.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Heap figures from a unified GC log ({@code -Xlog:gc}), from lines such as
 * {@code GC(7) Pause Young ... 1530M->210M(4096M)}: the largest "before" figure (the peak occupancy,
 * garbage included, which the collector lets grow toward -Xmx) and the largest "after" figure (the
 * most the run still held after a collection: close to its real memory need).
 */
public final class GcLog {
  private static final Pattern TRANSITION = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

  private GcLog() {}

  /**
   * Peak heap figures in bytes, -1 when the log has no collection (the heap never filled up).
   *
   * @param beforeGc the largest occupancy seen before a collection
   * @param afterGc the largest occupancy left after a collection
   */
  public record Peaks(long beforeGc, long afterGc) {}

  /**
   * @throws IOException if the log exists but cannot be read
   */
  public static Peaks peaks(Path log) throws IOException {
    long before = -1;
    long after = -1;
    if (Files.exists(log)) {
      try (Stream<String> lines = Files.lines(log)) {
        for (String line : (Iterable<String>) lines::iterator) {
          Matcher m = TRANSITION.matcher(line);
          while (m.find()) {
            before = Math.max(before, bytes(m.group(1), m.group(2)));
            after = Math.max(after, bytes(m.group(3), m.group(4)));
          }
        }
      }
    }
    return new Peaks(before, after);
  }

  static long bytes(String amount, String unit) {
    long v = Long.parseLong(amount);
    return switch (unit) {
      case "K" -> v << 10;
      case "M" -> v << 20;
      default -> v << 30;
    };
  }
}
