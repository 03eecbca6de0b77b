package io.venn.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV records with the physical line each starts on. Commons CSV does the parsing; this class adds
 * what it lacks: after a malformed record (an unterminated quote, text after a closing quote) the
 * parser is restarted on the next physical line, so one bad row costs one row, not the rest of the
 * file.
 */
final class CsvRecordStream implements Closeable {
  /** One record, or one malformed stretch ({@code error} set, {@code values} empty). */
  record Row(long line, List<String> values, String error) {
    boolean isBlank() {
      for (String v : values) {
        if (Columns.blankToNull(v) != null) {
          return false;
        }
      }
      return error == null;
    }
  }

  private final ReplayReader tape;
  private final CSVFormat format;
  private final char delimiter;
  private CSVParser parser;
  private Iterator<CSVRecord> records;
  private long parserBase; // absolute offset where the current parser started
  private long lastStart = -1; // absolute start of the last good record of the current parser

  /** The text after the last record {@link #next} returned, and the line it starts on. */
  record Rest(Reader text, long firstLine) {}

  private CsvRecordStream(ReplayReader tape, char delimiter) throws IOException {
    this.tape = tape;
    this.delimiter = delimiter;
    // Blank lines are kept as records so every record's character position is its true start.
    this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    restartAt(0);
  }

  /** Opens a stream over decoded text (BOM already removed), sniffing the delimiter from the first line. */
  static CsvRecordStream open(Reader text) throws IOException {
    ReplayReader tape = new ReplayReader(text);
    return new CsvRecordStream(tape, Delimiters.sniff(tape));
  }

  /** Records of decoded text whose delimiter is known and whose first character is on line {@code firstLine}. */
  static CsvRecordStream over(Reader text, char delimiter, long firstLine) throws IOException {
    return new CsvRecordStream(new ReplayReader(text, firstLine), delimiter);
  }

  /**
   * The text after the last record returned, for a caller that parses it another way; this stream
   * must not be used afterwards.
   *
   * @throws IllegalStateException if no record was returned yet
   */
  Rest rest() throws IOException {
    if (lastStart < 0) {
      throw new IllegalStateException("no record was read yet");
    }
    long end = endOfRecord(lastStart);
    long line = tape.lineAt(end); // before rest(): it may still read ahead from the source
    return new Rest(tape.rest(end), line);
  }

  char delimiter() {
    return delimiter;
  }

  /** The next record or malformed stretch, or {@code null} at the end of the input. */
  Row next() throws IOException {
    try {
      if (!records.hasNext()) {
        if (!tape.hitLimit()) {
          return null;
        }
        return lastStart >= 0 ? parseAgainAfterLast() : skipMalformed("a record longer than " + ReplayReader.MAX_RECORD_CHARS
            + " characters (an opening quote that is never closed?)");
      }
      CSVRecord record = records.next();
      if (tape.hitLimit()) {
        return lastStart >= 0 ? parseAgainAfterLast()
            : skipMalformed("a record longer than " + ReplayReader.MAX_RECORD_CHARS + " characters");
      }
      long start = parserBase + record.getCharacterPosition();
      tape.release(start);
      lastStart = start;
      return new Row(tape.lineAt(start), record.toList(), null);
    } catch (UncheckedIOException e) {
      if (tape.sourceFailure() != null) {
        throw tape.sourceFailure(); // the input broke off: not a malformed record to skip
      }
      if (tape.hitLimit() && lastStart >= 0) {
        return parseAgainAfterLast();
      }
      return skipMalformed(describe(e.getCause()));
    }
  }

  /**
   * The record-length limit counts from the last record returned, which is kept for a restart: a
   * long record after another long one could pass it together. Parsing again from the end of that
   * record counts the limit from this record's own start, so only a record that is too long by
   * itself is reported (and the answer does not depend on where a parse began: ParallelRows).
   */
  private Row parseAgainAfterLast() throws IOException {
    restartAt(endOfRecord(lastStart));
    return next();
  }

  private Row skipMalformed(String reason) throws IOException {
    long start = lastStart < 0 ? parserBase : endOfRecord(lastStart);
    long line = tape.lineAt(start);
    long resume = tape.nextLine(start);
    if (resume == -2) {
      throw new IOException("line " + line + " is longer than " + ReplayReader.MAX_RECORD_CHARS + " characters");
    }
    restartAt(resume < 0 ? Long.MAX_VALUE : resume);
    return new Row(line, List.of(), reason);
  }

  private void restartAt(long offset) throws IOException {
    if (offset == Long.MAX_VALUE) { // malformed stretch ran to the end of the input
      records = java.util.Collections.emptyIterator();
      return;
    }
    tape.release(offset);
    tape.rewind(offset);
    parserBase = offset;
    lastStart = -1;
    parser = CSVParser.builder().setReader(tape).setFormat(format).get();
    records = parser.iterator();
  }

  /** Where a record that Commons CSV parsed ends, found by the same rules ({@link RecordEnds}). */
  private long endOfRecord(long start) throws IOException {
    RecordEnds ends = new RecordEnds(delimiter);
    for (long p = start; ; p++) {
      int c = tape.charAt(p);
      if (c < 0) {
        return p;
      }
      if (ends.endsAt(c)) {
        return c == '\r' && tape.charAt(p + 1) == '\n' ? p + 2 : p + 1;
      }
    }
  }

  /** Commons CSV's messages quote its own counters, which are wrong after a restart; say what went wrong instead. */
  private static String describe(IOException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("EOF reached before encapsulated token finished")) {
      return "a quoted value is never closed (unterminated quote)";
    }
    if (m.contains("Invalid character between encapsulated token and delimiter")
        || m.contains("Invalid char between encapsulated token and delimiter")) {
      return "text after the closing quote of a value (unterminated or unescaped quote)";
    }
    return "malformed CSV: " + m.replaceAll(" at line: \\d+, position: \\d+", "");
  }

  @Override
  public void close() throws IOException {
    tape.close();
  }
}
