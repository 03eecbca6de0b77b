package io.venn.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The largest heap occupancy a unified GC log ({@code -Xlog:gc}) saw: the "before" figure of the
 * fullest collection ({@code GC(7) Pause Young ... 1530M->210M(4096M)}). That is the real peak of
 * live-plus-garbage heap the run needed before the collector had to step in.
 */
public final class GcLog {
  private static final Pattern TRANSITION = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

  private GcLog() {}

  /**
   * @return the peak in bytes, or -1 when the log has no collection (the heap never filled up)
   * @throws IOException if the log cannot be read
   */
  public static long peakBeforeGc(Path log) throws IOException {
    if (!Files.exists(log)) {
      return -1;
    }
    long peak = -1;
    try (Stream<String> lines = Files.lines(log)) {
      for (String line : (Iterable<String>) lines::iterator) {
        Matcher m = TRANSITION.matcher(line);
        while (m.find()) {
          peak = Math.max(peak, bytes(m.group(1), m.group(2)));
        }
      }
    }
    return peak;
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
