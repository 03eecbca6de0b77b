package io.venn.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * A file read in pieces on several threads gives exactly what the single-threaded read gives: the
 * same accounts in the same order with the same lines, and the same counts and reported rows, for
 * text with quoted line breaks, doubled quotes, every line ending, blank lines and malformed rows.
 */
class ParallelReadProperties {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

  @AfterContainer
  static void stop() {
    POOL.shutdownNow();
  }

  @Property(tries = 400)
  void piecesReadAsTheWhole(@ForAll("files") String csv, @ForAll @IntRange(min = 1, max = 300) int pieceChars) throws IOException {
    List<Account> one = new ArrayList<>();
    ReadSummary whole = read(CsvAccountReader.standard(), csv, one);
    List<Account> many = new ArrayList<>();
    ReadSummary pieces = read(CsvAccountReader.standard().withParallelism(POOL, 3, pieceChars), csv, many);

    assertThat(many).isEqualTo(one);
    assertThat(pieces).isEqualTo(whole);
    assertThat(List.copyOf(pieces.populations().keySet())).isEqualTo(List.copyOf(whole.populations().keySet()));
  }

  private static ReadSummary read(CsvAccountReader reader, String csv, List<Account> out) throws IOException {
    return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "p.csv", out::add);
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcXYZ éß東京 -.").ofMinLength(0).ofMaxLength(8);
    Arbitrary<String> value = Arbitraries.oneOf(
        word,
        word.map(w -> "\"" + w + ",x\""), // a delimiter inside quotes
        word.map(w -> "\"" + w + "\nnext\""), // a line break inside quotes
        word.map(w -> "\"" + w + "\r\nnext\""),
        word.map(w -> "\"say \"\"" + w + "\"\"\""), // doubled quotes
        word.map(w -> w + "\"mid"), // a quote inside an unquoted value is text
        word.map(w -> "\"" + w), // never closed: malformed
        word.map(w -> "\"" + w + "\"after")); // text after the closing quote: malformed
    Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r");
    Arbitrary<String> row = Combinators.combine(value.list().ofMinSize(1).ofMaxSize(5), end, Arbitraries.integers().between(0, 9))
        .as((values, eol, kind) -> kind == 0 ? eol : kind == 1 ? ",,," + eol : String.join(",", values) + eol);
    Arbitrary<String> lastEnd = Arbitraries.of("", "\n", "\r\n");
    return Combinators.combine(row.list().ofMaxSize(40), lastEnd)
        .as((rows, last) -> "Id,Name,Website,Segment\n" + String.join("", rows) + last);
  }
}
