package io.venn.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Reads CRM account exports (Salesforce, HubSpot, Dynamics, Excel) as CSV.
 *
 * <ul>
 *   <li>Delimiter: whichever of {@code , ; TAB |} splits the header line into the most fields, or
 *       the one an Excel {@code sep=;} first line names.
 *   <li>Encoding: a UTF-8 or UTF-16 (Excel's "Unicode text") byte order mark wins; otherwise UTF-8 if the bytes are valid
 *       UTF-8, else Windows-1252 (Excel's "CSV" on Western Windows). {@link #read(Path)} checks the
 *       whole file; the streaming {@link #read(InputStream, String, Consumer)} checks the first
 *       megabyte and decodes any later invalid UTF-8 byte as Windows-1252.
 *   <li>Columns: the usual CRM headers, case-insensitively (see DESIGN.md), or {@link #withMapping}.
 *       Other columns become attributes keyed by their lower-case header; "Account Owner", "Owner
 *       Name", "Owner" and "Company owner" all become {@code owner}.
 *   <li>Rows: values trimmed, blanks are {@code null}; no id column gives {@code line-<n>}; no
 *       population column gives {@code All}. A malformed row (broken quoting, more values than
 *       headers, neither name nor domain) is skipped and reported with its line; blank rows are
 *       ignored.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CsvAccountReader {
  private final Map<Field, String> overrides;
  /** Where pieces of a file are parsed when {@code threads > 1}; null when read on the calling thread. */
  private final ExecutorService executor;
  private final int threads;
  private final int pieceChars;

  private CsvAccountReader(Map<Field, String> overrides, ExecutorService executor, int threads, int pieceChars) {
    this.overrides = Collections.unmodifiableMap(overrides);
    this.executor = executor;
    this.threads = threads;
    this.pieceChars = pieceChars;
  }

  /** Recognises the usual CRM headers (DESIGN.md), case-insensitively. */
  public static CsvAccountReader standard() {
    return new CsvAccountReader(new EnumMap<>(Field.class), null, 1, ParallelRows.PIECE_CHARS);
  }

  /**
   * A reader that takes each field from the named header instead ({@code --map name=Company}),
   * compared case-insensitively. Earlier mappings of other fields are kept.
   *
   * @throws IllegalArgumentException if a header is blank
   */
  public CsvAccountReader withMapping(Map<Field, String> overrides) {
    EnumMap<Field, String> merged = new EnumMap<>(Field.class);
    merged.putAll(this.overrides);
    for (Map.Entry<Field, String> e : overrides.entrySet()) {
      Objects.requireNonNull(e.getKey(), "field");
      if (e.getValue() == null || e.getValue().isBlank()) {
        throw new IllegalArgumentException("the header mapped to " + e.getKey().key() + " is blank");
      }
      merged.put(e.getKey(), Columns.key(e.getValue()));
    }
    return new CsvAccountReader(merged, executor, threads, pieceChars);
  }

  /**
   * A reader that parses each file on up to {@code threads} of {@code executor}'s threads, in
   * pieces of a few thousand rows, with the same result row for row: for one large file, where a
   * single parser would leave the other cores idle. The sink still runs on the calling thread, in
   * file order; the caller must not be one of the executor's threads. {@code threads} 1 reads on the
   * calling thread.
   *
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public CsvAccountReader withParallelism(ExecutorService executor, int threads) {
    return withParallelism(executor, threads, ParallelRows.PIECE_CHARS);
  }

  /** {@link #withParallelism(ExecutorService, int)} in pieces of {@code pieceChars} (tests cut short files often). */
  CsvAccountReader withParallelism(ExecutorService executor, int threads, int pieceChars) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    return new CsvAccountReader(overrides, Objects.requireNonNull(executor, "executor"), threads, pieceChars);
  }

  /**
   * Reads a whole file into memory. The file is scanned once first to choose its encoding.
   *
   * @throws InvalidListException if the file is empty, not CSV, has no name or domain column, or
   *     lacks a mapped header
   * @throws IOException if the file cannot be read
   */
  public AccountList read(Path file) throws IOException {
    List<Account> accounts = new ArrayList<>();
    ReadSummary summary = read(file, accounts::add);
    return new AccountList(summary.source(), accounts, summary.rejected());
  }

  /**
   * Streams a file's rows to {@code sink}, like {@link #read(InputStream, String, Consumer)}, but
   * scans the whole file first to choose its encoding, so a Windows-1252 byte late in the file is
   * never misread. For callers that keep only part of each account.
   *
   * @throws InvalidListException if the file is empty, not CSV, has no name or domain column, or
   *     lacks a mapped header
   * @throws IOException if the file cannot be read
   */
  public ReadSummary read(Path file, Consumer<Account> sink) throws IOException {
    Charset charset = Decoding.detect(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), sink, charset);
    }
  }

  /**
   * Streams rows to {@code sink} without holding the file in memory. Malformed rows are skipped and
   * reported in the summary with line and reason (at most {@value ReadTally#MAX_ISSUES} of them are kept).
   *
   * @param source the file name used in every message
   * @throws InvalidListException if the file as a whole is unusable; the sink may have seen rows
   *     before a late failure, so callers that store rows must do so in one transaction
   * @throws IOException if the stream cannot be read
   */
  public ReadSummary read(InputStream in, String source, Consumer<Account> sink) throws IOException {
    return read(in, source, sink, null);
  }

  /**
   * The headers of a file as written (a BOM removed), without reading further: lets a caller check
   * which {@link #withMapping} headers a file has before reading it.
   *
   * @throws InvalidListException if the file is empty or not CSV
   * @throws IOException if the file cannot be read
   */
  public static List<String> headers(Path file) throws IOException {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file); CsvRecordStream records = CsvRecordStream.open(Decoding.open(in, source, null))) {
      return header(records, source).values();
    }
  }

  private static CsvRecordStream.Row header(CsvRecordStream records, String source) throws IOException {
    CsvRecordStream.Row header = records.next();
    while (header != null && (header.isBlank() || isExcelSeparatorLine(header))) {
      header = records.next();
    }
    if (header == null) {
      throw new InvalidListException(source, "the file is empty (no header line)");
    }
    if (header.error() != null) {
      throw new InvalidListException(source, "line " + header.line() + ": the header line is not valid CSV: " + header.error());
    }
    return header;
  }

  private static boolean isExcelSeparatorLine(CsvRecordStream.Row row) {
    return row.error() == null && row.values().size() <= 2 && row.values().get(0).startsWith("sep=")
        && (row.values().size() == 1 || row.values().get(1).isEmpty());
  }

  private ReadSummary read(InputStream in, String source, Consumer<Account> sink, Charset charset) throws IOException {
    Reader text = Decoding.open(in, source, charset);
    try (CsvRecordStream records = CsvRecordStream.open(text)) {
      Columns columns = Columns.resolve(header(records, source).values(), overrides, source);
      ReadTally tally = new ReadTally(source);
      if (threads > 1) {
        new ParallelRows(executor, threads, pieceChars).read(records.rest(), records.delimiter(), columns, tally, sink);
      } else {
        readRows(records, columns, tally, sink, false);
      }
      return tally.summary();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Turns rows into accounts for {@code sink}, counting in {@code tally}; rows that are blank are
   * ignored, rows that are malformed or unusable are reported.
   *
   * @param stopAtMalformed stop at the first malformed record instead of reporting it and going on
   * @return false if it stopped at a malformed record
   */
  static boolean readRows(CsvRecordStream records, Columns columns, ReadTally tally, Consumer<Account> sink, boolean stopAtMalformed)
      throws IOException {
    for (CsvRecordStream.Row row = records.next(); row != null; row = records.next()) {
      if (row.isBlank()) {
        continue; // trailing ",,,," lines and blank lines carry nothing
      }
      if (row.error() != null && stopAtMalformed) {
        return false;
      }
      tally.rows++;
      Account account = row.error() != null ? tally.reject(row.line(), null, row.error()) : toAccount(row, columns, tally);
      if (account != null) {
        tally.accept(account);
        sink.accept(account);
      }
    }
    return true;
  }

  private static Account toAccount(CsvRecordStream.Row row, Columns columns, ReadTally tally) {
    List<String> values = row.values();
    if (values.size() > columns.size() && !values.subList(columns.size(), values.size()).stream().allMatch(String::isBlank)) {
      return tally.reject(row.line(), null, "the row has " + values.size() + " values but the header has " + columns.size()
          + " columns (an unquoted delimiter inside a value?)");
    }
    String name = columns.value(values, Field.NAME);
    String domain = columns.value(values, Field.DOMAIN);
    if (name == null && domain == null) {
      return tally.reject(row.line(), "name", "neither a name nor a domain: nothing to match on");
    }
    String id = columns.value(values, Field.ID);
    return new Account(
        id == null ? "line-" + row.line() : id,
        name,
        domain,
        columns.value(values, Field.COUNTRY),
        columns.value(values, Field.CITY),
        columns.value(values, Field.STATE),
        columns.value(values, Field.PHONE),
        columns.value(values, Field.REGISTRATION),
        tally.population(columns.value(values, Field.POPULATION)),
        columns.attributes(values),
        row.line());
  }
}
