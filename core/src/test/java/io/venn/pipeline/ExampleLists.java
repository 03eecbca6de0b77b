package io.venn.pipeline;

import io.venn.read.Account;
import io.venn.read.CsvAccountReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The two account lists of the repository's {@code examples/}, read as the CLI reads them. */
final class ExampleLists {
  private static final Path EXAMPLES = Path.of("..", "examples");

  private ExampleLists() {}

  static List<Account> ours() {
    return read("our-accounts.csv");
  }

  static List<Account> partners() {
    return read("partner-accounts.csv");
  }

  private static List<Account> read(String file) {
    List<Account> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(EXAMPLES.resolve(file))) {
      CsvAccountReader.standard().read(in, file, out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
