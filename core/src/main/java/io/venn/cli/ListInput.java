package io.venn.cli;

import io.venn.encode.EncodedAccount;
import io.venn.encode.io.EncodedListFile;
import io.venn.pipeline.AccountSource;
import io.venn.read.Account;
import io.venn.read.CsvAccountReader;
import io.venn.read.Field;
import io.venn.read.InvalidListException;
import io.venn.read.ReadSummary;
import io.venn.read.RowIssue;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One side of a match as given on the command line: a CSV account list, or an encoded {@code .venn}
 * list (told apart by content, not by extension). Knows how to name a record for people.
 */
final class ListInput {
  private final String source;
  private final List<Account> accounts; // null for an encoded list; entries let go by handOver
  private final List<RowIssue> rejected;
  private final List<EncodedAccount> encoded; // null for a CSV list
  private final EncodedListFile.Header header; // null for a CSV list
  private HandedOver handedOver; // once a CSV list's accounts went to the pipeline

  private ListInput(String source, List<Account> accounts, List<RowIssue> rejected, EncodedListFile.EncodedList encoded) {
    this.source = source;
    this.accounts = accounts;
    this.rejected = rejected;
    this.encoded = encoded == null ? null : encoded.accounts();
    this.header = encoded == null ? null : encoded.header();
  }

  /** Whether the file is an encoded list; also checks that it exists and can be read. */
  static boolean isEncoded(Path file) throws CliException {
    try {
      if (Files.isDirectory(file)) {
        throw CliException.input(file.toString(), "is a directory, not a file");
      }
      return EncodedListFile.looksEncoded(file);
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  /**
   * The {@code --map} entries whose header this CSV file has. With two lists from different CRMs a
   * mapping usually fits only one of them; the caller checks that each fits at least one.
   */
  static Map<Field, String> mappingFor(Path file, Map<Field, String> mapping) throws CliException {
    if (mapping.isEmpty()) {
      return mapping;
    }
    try {
      // Compared the way the reader compares headers: trimmed, spaces collapsed, any case.
      Set<String> headers = CsvAccountReader.headers(file).stream().map(ListInput::headerKey).collect(Collectors.toSet());
      Map<Field, String> applicable = new EnumMap<>(Field.class);
      mapping.forEach((field, header) -> {
        if (headers.contains(headerKey(header))) {
          applicable.put(field, header);
        }
      });
      return applicable;
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  private static String headerKey(String header) {
    return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Reads a CSV list, keeping of each account only what matching and printing need (attributes dropped). */
  static ListInput csv(Path file, CsvAccountReader reader) throws CliException {
    try {
      List<Account> accounts = new ArrayList<>();
      ReadSummary summary = reader.read(file, a -> accounts.add(new Account(a.id(), a.name(), a.domain(), a.country(), a.city(),
          a.state(), a.phone(), a.registration(), a.population(), Map.of(), a.line())));
      return new ListInput(file.toString(), accounts, List.copyOf(summary.rejected()), null);
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  /**
   * Reads two CSV lists at once, the left on a second thread: parsing is CPU-bound, so on two cores
   * both lists are read in the time of the larger. Failures are reported left first, as if read in turn.
   */
  static ListInput[] csvBoth(Path leftFile, CsvAccountReader leftReader, Path rightFile, CsvAccountReader rightReader)
      throws CliException {
    java.util.concurrent.FutureTask<ListInput> left = new java.util.concurrent.FutureTask<>(() -> csv(leftFile, leftReader));
    Thread reader = new Thread(left, "venn-read-left");
    reader.setDaemon(true);
    reader.start();
    ListInput right = null;
    CliException rightFailure = null;
    try {
      right = csv(rightFile, rightReader);
    } catch (CliException e) {
      rightFailure = e;
    }
    ListInput l = await(left);
    if (rightFailure != null) {
      throw rightFailure;
    }
    return new ListInput[] {l, right};
  }

  private static ListInput await(java.util.concurrent.FutureTask<ListInput> task) throws CliException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof CliException c) {
        throw c;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  static ListInput encoded(Path file) throws CliException {
    try {
      return new ListInput(file.toString(), null, List.of(), EncodedListFile.read(file));
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  /** The one-line message for a file that could not be read. */
  static CliException failure(Path file, IOException e) {
    String name = file.toString();
    if (e instanceof InvalidListException invalid) {
      String message = invalid.getMessage();
      String prefix = invalid.source() + ": ";
      return CliException.input(invalid.source(), message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }
    if (e instanceof NoSuchFileException) {
      return CliException.input(name, "no such file");
    }
    if (e instanceof AccessDeniedException) {
      return CliException.input(name, "permission denied");
    }
    return CliException.input(name, "cannot be read: " + e.getMessage());
  }

  String source() {
    return source;
  }

  boolean isPlain() {
    return accounts != null;
  }

  /**
   * The accounts of a CSV list for the pipeline, each let go once handed over: past the encoding a
   * match needs only each record's id for the output (and its name, for --explain), and a million
   * accounts are about 350 MB of strings that would otherwise stay live through blocking and scoring.
   */
  AccountSource handOver(boolean keepNames) {
    if (handedOver != null) {
      throw new IllegalStateException(source + ": its accounts were handed over already");
    }
    handedOver = new HandedOver(new String[accounts.size()], keepNames ? new String[accounts.size()] : null);
    return AccountSource.handingOver(accounts, handedOver.ids(), handedOver.names());
  }

  /** What is kept of a CSV list's records once handed over: ids, and names when asked for. */
  private record HandedOver(String[] ids, String[] names) {}

  List<EncodedAccount> encodedAccounts() {
    return encoded;
  }

  /** The job nonce an encoded list was encoded under. */
  String nonce() {
    return header.nonce();
  }

  int size() {
    return handedOver != null ? handedOver.ids().length : accounts != null ? accounts.size() : encoded.size();
  }

  List<RowIssue> rejected() {
    return rejected;
  }

  /** The id to print for record {@code i}: its own id, or its ref when encoded (the sealed id opens only through a view). */
  String id(int i) {
    return handedOver != null ? handedOver.ids()[i] : accounts != null ? accounts.get(i).id() : encoded.get(i).ref();
  }

  /** The name to print for record {@code i}, or {@code null} when it is not known here (an encoded list). */
  String name(int i) {
    if (handedOver != null) {
      return handedOver.names() == null ? null : handedOver.names()[i];
    }
    return accounts != null ? accounts.get(i).name() : null;
  }
}
