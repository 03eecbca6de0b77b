package io.venn.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Parses the rows of one CSV file on several threads: the calling thread cuts the text into pieces
 * where records end ({@link TextPieces}), workers parse the pieces, and the calling thread hands
 * their accounts to the sink in file order, so the result is the single-threaded read's, row for
 * row. A malformed record is where the single parser's restart rule (go on at the next line)
 * decides where the next record starts, which quote counting cannot foresee: from the piece that
 * holds one, the rest of the file is parsed on the calling thread.
 */
final class ParallelRows {
  /**
   * About half a megabyte of text, two to three thousand CRM rows: a piece's parse outweighs handing
   * it over many times, and a file of a few MB already makes enough pieces for every thread.
   */
  static final int PIECE_CHARS = 1 << 18;

  private final ExecutorService executor;
  private final int threads;
  private final int pieceChars;

  ParallelRows(ExecutorService executor, int threads, int pieceChars) {
    this.executor = executor;
    this.threads = threads;
    this.pieceChars = pieceChars;
  }

  /** A piece parsed: its accounts and counts, or {@code malformed} and nothing else used. */
  private record Parsed(List<Account> accounts, ReadTally tally, boolean malformed) {}

  private record Pending(TextPieces.Piece piece, Future<Parsed> parsed) {}

  /**
   * Reads every row of {@code rest} into {@code tally} and {@code sink}; the sink runs on the calling
   * thread, which must not be one of {@code executor}'s (it waits for them).
   */
  void read(CsvRecordStream.Rest rest, char delimiter, Columns columns, ReadTally tally, Consumer<Account> sink)
      throws IOException {
    TextPieces pieces = new TextPieces(rest.text(), rest.firstLine(), delimiter, pieceChars);
    Deque<Pending> pending = new ArrayDeque<>();
    try {
      while (true) {
        // Two pieces per thread in flight: workers never wait for the cutter, memory stays bounded.
        for (TextPieces.Piece p; pending.size() < 2 * threads && (p = pieces.next()) != null; ) {
          TextPieces.Piece piece = p;
          pending.add(new Pending(piece, executor.submit(() -> parse(piece, delimiter, columns, tally.piece()))));
        }
        Pending oldest = pending.poll();
        if (oldest == null) {
          break;
        }
        Parsed parsed = await(oldest.parsed());
        if (parsed.malformed()) {
          List<Reader> texts = new ArrayList<>();
          texts.add(oldest.piece().reader());
          for (Pending later : pending) {
            later.parsed().cancel(false);
            texts.add(later.piece().reader());
          }
          pending.clear();
          texts.add(pieces.remaining().text());
          readAll(CsvRecordStream.over(new JoinedReader(texts), delimiter, oldest.piece().firstLine()), columns, tally, sink);
          return;
        }
        tally.add(parsed.tally());
        parsed.accounts().forEach(sink);
      }
      if (pieces.gaveUp()) {
        CsvRecordStream.Rest left = pieces.remaining();
        readAll(CsvRecordStream.over(left.text(), delimiter, left.firstLine()), columns, tally, sink);
      }
    } finally {
      pending.forEach(p -> p.parsed().cancel(false));
    }
  }

  private static Parsed parse(TextPieces.Piece piece, char delimiter, Columns columns, ReadTally tally) throws IOException {
    List<Account> accounts = new ArrayList<>();
    try (CsvRecordStream records = CsvRecordStream.over(piece.reader(), delimiter, piece.firstLine())) {
      boolean whole = CsvAccountReader.readRows(records, columns, tally, accounts::add, true);
      return new Parsed(accounts, tally, !whole);
    }
  }

  private static void readAll(CsvRecordStream records, Columns columns, ReadTally tally, Consumer<Account> sink) throws IOException {
    try (records) {
      CsvAccountReader.readRows(records, columns, tally, sink, false);
    }
  }

  private static Parsed await(Future<Parsed> parsed) throws IOException {
    try {
      return parsed.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
