package io.venn.read;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader over decoded text that keeps every character from the last {@link #release} point on, so
 * the CSV parser can be restarted just after a malformed record without re-reading the source. Also
 * turns absolute character offsets into physical line numbers. Memory is bounded by the longest
 * record plus the parser's read-ahead: a record longer than {@link #MAX_RECORD_CHARS} is cut off by
 * a false end of input, which the caller reports as a malformed row.
 */
final class ReplayReader extends Reader {
  /** Longer than any real CRM record; a runaway quoted field hits this long before memory runs out. */
  static final int MAX_RECORD_CHARS = 1 << 22;

  private final Reader source;
  private char[] buf = new char[1 << 16];
  private long bufStart; // absolute offset of buf[0]
  private int len; // characters held in buf
  private long cursor; // absolute offset of the next character handed to the parser
  private long released; // absolute offset before which nothing is kept
  private long lineAtReleased = 1;
  private boolean sourceDone;
  private boolean hitLimit;
  private IOException sourceFailure; // sticky: a broken source must not look like more input after a rewind

  ReplayReader(Reader source) {
    this(source, 1);
  }

  /** A reader whose first character is on physical line {@code firstLine} of the file. */
  ReplayReader(Reader source, long firstLine) {
    this.source = source;
    this.lineAtReleased = firstLine;
  }

  @Override
  public int read(char[] target, int off, int n) throws IOException {
    if (n == 0) {
      return 0;
    }
    long limit = released + MAX_RECORD_CHARS;
    if (cursor >= limit) {
      hitLimit = true;
      return -1;
    }
    if (cursor >= bufStart + len && !fill()) {
      return -1;
    }
    int at = (int) (cursor - bufStart);
    int count = (int) Math.min(Math.min(n, len - at), limit - cursor);
    System.arraycopy(buf, at, target, off, count);
    cursor += count;
    return count;
  }

  /**
   * The error the source itself gave (a client that went away, a disk error), or null. The CSV parser
   * wraps it like a malformed record's error; {@code CsvRecordStream} rethrows it instead of
   * restarting, which would replay the kept text again and again.
   */
  IOException sourceFailure() {
    return sourceFailure;
  }

  /** Whether the parser was given a false end of input because a record grew past the limit. */
  boolean hitLimit() {
    return hitLimit;
  }

  /** The character at an absolute offset at or after the release point, or -1 past the end. */
  int charAt(long offset) throws IOException {
    while (offset >= bufStart + len) {
      if (!fill()) {
        return -1;
      }
    }
    return buf[(int) (offset - bufStart)];
  }

  /** Drops everything before {@code offset} (a record start) and lifts the record-length limit. */
  void release(long offset) throws IOException {
    lineAtReleased = lineAt(offset);
    released = offset;
    hitLimit = false;
  }

  /** Makes the parser continue from {@code offset}, at or after the release point. */
  void rewind(long offset) {
    cursor = offset;
    hitLimit = false;
  }

  /**
   * The 1-based physical line of an absolute offset at or after the release point. A line break is
   * LF, CRLF or a lone CR, as the CSV parser counts them.
   */
  long lineAt(long offset) throws IOException {
    long line = lineAtReleased;
    for (long p = released; p < offset; p++) {
      int c = charAt(p);
      if ((c == '\n' || c == '\r') && RecordEnds.breaksLine(c, c == '\r' ? charAt(p + 1) : -1)) {
        line++;
      }
    }
    return line;
  }

  /** The offset just after the first line break at or after {@code offset}, quotes ignored; -1 at end of input. */
  long nextLine(long offset) throws IOException {
    for (long p = offset; ; p++) {
      int c = charAt(p);
      if (c < 0) {
        return -1;
      }
      if (c == '\n') {
        return p + 1;
      }
      if (c == '\r') {
        return charAt(p + 1) == '\n' ? p + 2 : p + 1;
      }
      if (p - offset > MAX_RECORD_CHARS) {
        return -2;
      }
    }
  }

  /**
   * The text from {@code offset} (at or after the release point) to the end of the input, for a
   * caller that reads on without the parser; this reader must not be used afterwards.
   */
  Reader rest(long offset) {
    return JoinedReader.keptThenRest(java.util.Arrays.copyOfRange(buf, (int) (offset - bufStart), len), source, sourceDone);
  }

  private boolean fill() throws IOException {
    if (sourceDone) {
      return false;
    }
    int keep = (int) (released - bufStart);
    if (keep > buf.length / 2) { // compact: the parser never goes back before the release point
      System.arraycopy(buf, keep, buf, 0, len - keep);
      len -= keep;
      bufStart = released;
    }
    if (len == buf.length) {
      char[] bigger = new char[buf.length * 2];
      System.arraycopy(buf, 0, bigger, 0, len);
      buf = bigger;
    }
    if (sourceFailure != null) {
      throw sourceFailure;
    }
    int n;
    try {
      n = source.read(buf, len, buf.length - len);
    } catch (IOException e) {
      sourceFailure = e;
      throw e;
    }
    if (n < 0) {
      sourceDone = true;
      return false;
    }
    len += n;
    return true;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
