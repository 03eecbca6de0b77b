package io.venn.read;

import java.io.IOException;

/** Guesses the delimiter of a CSV file from its header line. */
final class Delimiters {
  /** In order of preference when two split the header equally. */
  static final char[] CANDIDATES = {',', ';', '\t', '|'};

  private Delimiters() {}

  /**
   * The candidate that splits the first non-blank line (up to its first line break outside quotes)
   * into the most fields, counting only delimiters outside quotes. A one-column file gets a comma.
   * A first line {@code sep=X} (Excel writes one on request) gives X.
   */
  static char sniff(ReplayReader tape) throws IOException {
    long start = 0;
    for (int c = tape.charAt(start); c >= 0 && Character.isWhitespace(c) && start < ReplayReader.MAX_RECORD_CHARS; c = tape.charAt(++start)) {
      // blank lines before the header, as the reader skips them
    }
    if (tape.charAt(start) == 's' && tape.charAt(start + 1) == 'e' && tape.charAt(start + 2) == 'p' && tape.charAt(start + 3) == '='
        && tape.charAt(start + 4) >= 0) {
      return (char) tape.charAt(start + 4); // Excel's "sep=;" line names the delimiter outright
    }
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    for (long p = start; p < start + ReplayReader.MAX_RECORD_CHARS; p++) {
      int c = tape.charAt(p);
      if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      if (c == '"') {
        quoted = !quoted; // a doubled quote toggles twice: still right for counting
      } else if (!quoted) {
        for (int i = 0; i < CANDIDATES.length; i++) {
          if (c == CANDIDATES[i]) {
            counts[i]++;
          }
        }
      }
    }
    int best = 0;
    for (int i = 1; i < CANDIDATES.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return CANDIDATES[best];
  }
}
