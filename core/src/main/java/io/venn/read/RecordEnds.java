package io.venn.read;

/**
 * Finds where CSV records end, character by character, by the rules Commons CSV parses RFC 4180
 * with: a quote opens a quoted value only at the start of a value, inside one a doubled quote is a
 * literal quote, and a line break outside quotes ends the record. Used to restart after a malformed
 * record and to cut a file into pieces that parse the same apart as together.
 */
final class RecordEnds {
  private final char delimiter;
  private boolean quoted;
  private boolean afterQuote; // a quote inside a quoted value: closing, or the first of a doubled pair
  private boolean valueStart = true;

  RecordEnds(char delimiter) {
    this.delimiter = delimiter;
  }

  /**
   * Takes the next character; true if the record ends with it: an LF, or a CR (whose LF, if one
   * follows, the caller counts into the same line break).
   */
  boolean endsAt(int c) {
    if (afterQuote) {
      afterQuote = false;
      if (c == '"') {
        return false; // a doubled quote: a literal quote, still inside the value
      }
      quoted = false;
    } else if (quoted) {
      afterQuote = c == '"';
      return false;
    }
    if (c == '\n' || c == '\r') {
      valueStart = true;
      return true;
    }
    if (c == delimiter) {
      valueStart = true;
      return false;
    }
    quoted = c == '"' && valueStart;
    valueStart = false;
    return false;
  }

  /**
   * Takes {@code text[from, to)} up to and including the first character a record ends with, as
   * {@link #endsAt} one by one would: the index just after it, or -1 if none ends there. Characters
   * that cannot change the state are passed over in a tight loop, since a cutter scans every
   * character of a large file.
   */
  int endIn(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (quoted && !afterQuote) {
        if (c != '"') {
          continue; // inside quotes only a quote matters
        }
      } else if (!afterQuote && c != '"' && c != '\n' && c != '\r' && c != delimiter) {
        valueStart = false; // ordinary text outside quotes
        continue;
      }
      if (endsAt(c)) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code c}, followed by {@code next} (-1 at the end), ends a physical line as the parser
   * counts lines: an LF, or a CR not followed by an LF (a CRLF is counted at its LF).
   */
  static boolean breaksLine(int c, int next) {
    return c == '\n' || (c == '\r' && next != '\n');
  }

  /** Whether the characters so far end inside a quoted value. */
  boolean inQuotes() {
    return quoted || afterQuote;
  }
}
