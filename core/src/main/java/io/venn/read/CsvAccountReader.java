package io.venn.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** CONTRACT ONLY: the CSV reader; the read stage's implementation replaces these bodies. */
public final class CsvAccountReader {
  private CsvAccountReader() {}

  /** Recognises the usual CRM headers (DESIGN.md), case-insensitively. */
  public static CsvAccountReader standard() {
    return new CsvAccountReader();
  }

  /**
   * A reader that takes each field from the named header instead ({@code --map name=Company}).
   *
   * @throws IllegalArgumentException if a header is blank
   */
  public CsvAccountReader withMapping(Map<Field, String> overrides) {
    return this;
  }

  /** Reads a whole file into memory. */
  public AccountList read(Path file) throws IOException {
    throw new IllegalStateException("reader under construction");
  }

  /**
   * Streams rows to {@code sink} without holding the file in memory. Malformed rows are skipped and
   * reported in the summary with line and reason.
   *
   * @param source the file name used in every message
   * @throws InvalidListException if the file as a whole is unusable; the sink may have seen rows
   *     before a late failure, so callers that store rows must do so in one transaction
   */
  public ReadSummary read(InputStream in, String source, Consumer<Account> sink) throws IOException {
    throw new IllegalStateException("reader under construction");
  }
}
