package io.venn.bench.scale;

import io.venn.bench.accuracy.PredictedPair;
import io.venn.read.Account;
import io.venn.read.CsvAccountReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Reading the generated lists and writing / reading predicted pairs. */
public final class AccountsIo {
  private AccountsIo() {}

  /** What read a list: Venn's own reader, or this harness's stand-in while Venn's is unfinished. */
  public enum ReaderUsed { VENN, STAND_IN }

  /** The accounts of a list and which reader produced them. */
  public record Loaded(List<Account> accounts, ReaderUsed reader) {}

  /**
   * Reads a list with {@link CsvAccountReader}; if that reader is still a stub ("under
   * construction"), with a plain commons-csv reader of the {@code PLAIN} format instead, and says so.
   *
   * @throws IOException if the file cannot be read
   */
  public static Loaded read(Path file) throws IOException {
    try {
      // A list of its own, not the reader's unmodifiable one: an engine may let records go (MatchWorker).
      return new Loaded(new ArrayList<>(CsvAccountReader.standard().read(file).accounts()), ReaderUsed.VENN);
    } catch (IllegalStateException e) {
      if (e.getMessage() == null || !e.getMessage().contains("under construction")) {
        throw e;
      }
      return new Loaded(readPlain(file), ReaderUsed.STAND_IN);
    }
  }

  private static List<Account> readPlain(Path file) throws IOException {
    List<Account> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      long line = 1;
      for (CSVRecord r : format.parse(in)) {
        line++;
        out.add(new Account(r.get("Id"), blank(r.get("Name")), blank(r.get("Website")), blank(r.get("Country")),
            blank(r.get("City")), null, null, null, blank(r.get("Population")), Map.of(), line));
      }
    }
    return out;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /**
   * Writes {@code left_id,right_id,score}.
   *
   * @throws IOException if the file cannot be written
   */
  public static void writePairs(Path file, List<PredictedPair> pairs) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("left_id", "right_id", "score").setRecordSeparator('\n').get();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, format)) {
      for (PredictedPair p : pairs) {
        csv.printRecord(p.leftId(), p.rightId(), p.score());
      }
    }
  }

  /**
   * Reads what {@link #writePairs} wrote.
   *
   * @throws IOException if the file cannot be read
   */
  public static List<PredictedPair> readPairs(Path file) throws IOException {
    List<PredictedPair> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(in)) {
        out.add(new PredictedPair(r.get("left_id"), r.get("right_id"), Double.parseDouble(r.get("score"))));
      }
    }
    return out;
  }
}
