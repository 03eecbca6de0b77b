package io.venn.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Reading one file in pieces: what a user of a large upload sees, worked through. */
class ParallelRowsTest {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  @Test
  void aLargeFileArrivesInFileOrderWithItsLines() throws IOException {
    StringBuilder csv = new StringBuilder("Id,Name,Website,Segment\r\n");
    for (int i = 0; i < 20_000; i++) {
      // Every tenth name holds a quoted line break, so pieces must not be cut inside quotes.
      String name = i % 10 == 0 ? "\"Acme " + i + "\nGroup\"" : "Acme " + i;
      csv.append(i).append(',').append(name).append(",acme").append(i).append(".com,").append(i % 3 == 0 ? "Customers" : "Prospects").append("\r\n");
    }
    List<Account> read = new ArrayList<>();
    ReadSummary summary = read(CsvAccountReader.standard().withParallelism(POOL, 2, 4096), csv.toString(), read);

    assertThat(summary.accepted()).isEqualTo(20_000);
    assertThat(read).extracting(Account::id).containsExactlyElementsOf(
        java.util.stream.IntStream.range(0, 20_000).mapToObj(Integer::toString).toList());
    // Line 2 is record 0, which spans lines 2-3; nine one-line records follow each such record.
    assertThat(read.get(10).line()).isEqualTo(2 + 11);
    assertThat(read.get(10).name()).isEqualTo("Acme 10\nGroup");
    assertThat(summary.populations()).containsOnlyKeys("Customers", "Prospects");
  }

  @Test
  void aQuoteNeverClosedIsReportedAndTheRestReadAsByOneParser() throws IOException {
    // The unclosed quote swallows the rest of its line only: the single parser restarts on the next
    // line. No record end can be found by counting quotes after it, so the reader stops cutting
    // and reads the rest on one thread; the outcome is the single-threaded read's.
    StringBuilder csv = new StringBuilder("Id,Name\n1,Acme\n2,\"Broken\n");
    String filler = "x".repeat(1000);
    for (int i = 3; i < 5_000; i++) {
      csv.append(i).append(",Name ").append(filler).append('\n');
    }
    List<Account> single = new ArrayList<>();
    ReadSummary expected = read(CsvAccountReader.standard(), csv.toString(), single);
    List<Account> pieces = new ArrayList<>();
    ReadSummary actual = read(CsvAccountReader.standard().withParallelism(POOL, 2, 1024), csv.toString(), pieces);

    assertThat(actual).isEqualTo(expected);
    assertThat(pieces).isEqualTo(single);
    assertThat(actual.rejected()).extracting(RowIssue::line).contains(3L);
    assertThat(pieces).extracting(Account::id).contains("1", "4999");
  }

  @Test
  void twoLongRecordsInARowAreBothKeptWhereverAParseBegins() throws IOException {
    // Each record is well under the 4M-character limit, but the two together are over it: the
    // limit counts from each record's own start, on one thread as in pieces.
    String big = "x".repeat(ReplayReader.MAX_RECORD_CHARS * 5 / 8);
    String csv = "Id,Name,Notes\n1,A," + big + "\n2,B," + big + "\n3,C,z\n";
    List<Account> single = new ArrayList<>();
    ReadSummary expected = read(CsvAccountReader.standard(), csv, single);
    List<Account> pieces = new ArrayList<>();
    ReadSummary actual = read(CsvAccountReader.standard().withParallelism(POOL, 2, 1024), csv, pieces);

    assertThat(expected.rejected()).isEmpty();
    assertThat(single).extracting(Account::id).containsExactly("1", "2", "3");
    assertThat(actual).isEqualTo(expected);
    assertThat(pieces).isEqualTo(single);
  }

  @Test
  void aLineTooLongByItselfFailsTheReadNamingItsLineEitherWay() {
    // Over the limit on its own, a line is not a row to skip but a file to refuse, as before.
    String csv = "Id,Name,Notes\n1,A,a\n2,B," + "x".repeat(ReplayReader.MAX_RECORD_CHARS + 10) + "\n3,C,z\n";
    assertThatThrownBy(() -> read(CsvAccountReader.standard(), csv, new ArrayList<>()))
        .isInstanceOf(IOException.class).hasMessage("line 3 is longer than " + ReplayReader.MAX_RECORD_CHARS + " characters");
    assertThatThrownBy(() -> read(CsvAccountReader.standard().withParallelism(POOL, 2, 1024), csv, new ArrayList<>()))
        .isInstanceOf(IOException.class).hasMessage("line 3 is longer than " + ReplayReader.MAX_RECORD_CHARS + " characters");
  }

  private static ReadSummary read(CsvAccountReader reader, String csv, List<Account> out) throws IOException {
    return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "big.csv", out::add);
  }
}
