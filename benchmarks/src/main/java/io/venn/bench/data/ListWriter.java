package io.venn.bench.data;

import io.venn.read.Account;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes generated lists and their truth as CSV (RFC 4180, UTF-8, LF line ends). */
public final class ListWriter {
  private ListWriter() {}

  /**
   * Writes accounts under the headers of {@code format}; phone and owner come from the attributes
   * {@code phone} / {@code owner} when the format has those columns.
   *
   * @throws IOException if the file cannot be written
   */
  public static void writeAccounts(Path file, List<Account> accounts, CrmFormat format) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, csvFormat(format.headers()))) {
      for (Account a : accounts) {
        if (format.hasContactColumns()) {
          csv.printRecord(a.id(), a.name(), a.domain(), a.country(), a.city(), a.phone(), a.population(), a.attributes().get("owner"));
        } else {
          csv.printRecord(a.id(), a.name(), a.domain(), a.country(), a.city(), a.population());
        }
      }
    }
  }

  /**
   * Writes {@code left_id,right_id,kinds}, kinds joined by {@code |}.
   *
   * @throws IOException if the file cannot be written
   */
  public static void writeTruth(Path file, Collection<TruePair> truth) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, csvFormat(List.of("left_id", "right_id", "kinds")))) {
      for (TruePair p : truth) {
        csv.printRecord(p.leftId(), p.rightId(), p.kinds().stream().map(Enum::name).collect(Collectors.joining("|")));
      }
    }
  }

  /**
   * Writes {@code right_id,left_id,kind} for the hard negatives.
   *
   * @throws IOException if the file cannot be written
   */
  public static void writeHardNegatives(Path file, Collection<HardNegative> negatives) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, csvFormat(List.of("right_id", "left_id", "kind")))) {
      for (HardNegative n : negatives) {
        csv.printRecord(n.rightId(), n.leftId(), n.kind().name());
      }
    }
  }

  static CSVFormat csvFormat(List<String> headers) {
    return CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).setRecordSeparator('\n').get();
  }
}
