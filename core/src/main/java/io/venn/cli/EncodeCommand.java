package io.venn.cli;

import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodingKey;
import io.venn.encode.io.EncodedListFile;
import io.venn.normalize.AccountNormalizer;
import io.venn.read.CsvAccountReader;
import io.venn.read.ReadSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code venn encode}: blind-mode encoding on the owner's machine. Streams the CSV through normalize
 * and encode into a {@code .venn} file, so a list of any size fits in memory; the output appears
 * only once complete.
 */
final class EncodeCommand {
  private static final Set<String> WITH_VALUE = Set.of("--secret-file", "--in", "--out", "--share");
  private static final Set<String> REPEATABLE = Set.of("--map");
  static final List<String> DEFAULT_SHARE = List.of("name", "domain");

  private final PrintStream out;
  private final PrintStream err;

  EncodeCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> argv) throws CliException {
    Args args = Args.parse(argv, WITH_VALUE, REPEATABLE, Set.of());
    Path secretFile = Path.of(args.required("--secret-file"));
    Path in = Path.of(args.required("--in"));
    Path target = Path.of(args.required("--out"));
    List<String> share = share(args.get("--share"));
    CsvAccountReader reader = CsvAccountReader.standard().withMapping(args.mapping());
    if (ListInput.isEncoded(in)) {
      throw CliException.input(in.toString(), "is already an encoded list");
    }
    if (in.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
      throw CliException.usage("--out", "must not be the input file");
    }
    EncodingKey key = BlindRecords.readSecret(secretFile);
    BlindRecords blind = new BlindRecords(key);
    AccountNormalizer normalizer = AccountNormalizer.standard();
    AccountEncoder encoder = AccountEncoder.withKey(key);

    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, ".venn-", ".tmp");
      ReadSummary summary;
      try (InputStream csv = Files.newInputStream(in);
          OutputStream file = Files.newOutputStream(temp);
          EncodedListFile.ListWriter writer = EncodedListFile.writer(file, encoder.priors())) {
        summary = reader.read(csv, in.toString(), account -> {
          String ref = blind.ref(account.id());
          try {
            writer.write(encoder.encode(normalizer.normalize(account), ref, blind.seal(account, share, ref)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw CliException.input(target.toString(), "cannot write: " + e.getCause().getMessage());
      } catch (IOException e) {
        throw ListInput.failure(in, e);
      }
      RejectedRows.print(err, in.toString(), summary.rejected(), summary.rows() - summary.accepted());
      if (summary.accepted() == 0) {
        throw CliException.input(in.toString(), "no usable record (each needs a name or a domain); nothing to encode");
      }
      move(temp, target);
      temp = null;
      long rejected = summary.rows() - summary.accepted();
      out.printf(Locale.ROOT, "encoded %s of %s into %s%s; sealed fields: id, %s%n", MatchCommand.count(summary.accepted(), "record"), in,
          target, rejected == 0 ? "" : " (" + MatchCommand.count(rejected, "rejected row") + ")", String.join(", ", share));
      return 0;
    } catch (IOException e) {
      throw CliException.input(target.toString(), "cannot write: " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: a stray temp file is harmless and visibly named
        }
      }
    }
  }

  static List<String> share(String text) throws CliException {
    if (text == null) {
      return DEFAULT_SHARE;
    }
    List<String> fields = new ArrayList<>();
    for (String f : text.split(",")) {
      String key = f.strip().toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        throw CliException.usage("--share", "expected field names separated by commas, was '" + text + "'");
      }
      if (!key.equals("id") && !fields.contains(key)) {
        fields.add(key);
      }
    }
    return fields;
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
