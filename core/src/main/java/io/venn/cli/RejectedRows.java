package io.venn.cli;

import io.venn.read.RowIssue;
import java.io.PrintStream;
import java.util.List;

/** Prints skipped rows as {@code file:line [field]: reason}, capped so thousands of bad rows do not bury the result. */
final class RejectedRows {
  static final int MAX_SHOWN = 20;

  private RejectedRows() {}

  /**
   * @param issues the reported rows
   * @param total how many rows were rejected, which may exceed the issues kept by the reader
   */
  static void print(PrintStream err, String source, List<RowIssue> issues, long total) {
    for (RowIssue issue : issues.subList(0, Math.min(issues.size(), MAX_SHOWN))) {
      err.println(issue);
    }
    if (total > MAX_SHOWN) {
      err.println(source + ": ... and " + (total - MAX_SHOWN) + " more rejected rows");
    }
  }

  /** Prints already formatted problem lines under the same cap. */
  static void printLines(PrintStream err, String source, List<String> lines) {
    lines.subList(0, Math.min(lines.size(), MAX_SHOWN)).forEach(err::println);
    if (lines.size() > MAX_SHOWN) {
      err.println(source + ": ... and " + (lines.size() - MAX_SHOWN) + " more bad rows");
    }
  }
}
