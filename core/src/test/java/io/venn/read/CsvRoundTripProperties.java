package io.venn.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Whatever a standard CSV writer produces, the reader gives back: quoting, newlines and any script. */
class CsvRoundTripProperties {
  record Row(String id, String name, String website, String city, String segment, String notes) {}

  @Property(tries = 200)
  void read_returnsWhatACsvPrinterWrote(@ForAll("rows") List<Row> rows, @ForAll("formats") CSVFormat format) throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord("Id", "Name", "Website", "City", "Segment", "Notes");
      for (Row r : rows) {
        printer.printRecord(r.id(), r.name(), r.website(), r.city(), r.segment(), r.notes());
      }
    }
    List<Account> read = new ArrayList<>();
    ReadSummary summary = CsvAccountReader.standard()
        .read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "prop.csv", read::add);

    assertThat(summary.rejected()).isEmpty();
    assertThat(read).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      Account a = read.get(i);
      assertThat(a.id()).isEqualTo(r.id().strip());
      assertThat(a.name()).isEqualTo(r.name().strip());
      assertThat(a.domain()).isEqualTo(Columns.blankToNull(r.website()));
      assertThat(a.city()).isEqualTo(Columns.blankToNull(r.city()));
      // a segment of control characters only ("\u0085") carries nothing, as for every other column
      String segment = Columns.blankToNull(r.segment());
      assertThat(a.population()).isEqualTo(segment == null ? Account.DEFAULT_POPULATION : segment);
      assertThat(a.attributes().get("notes")).isEqualTo(Columns.blankToNull(r.notes()));
    }
  }

  @Provide
  Arbitrary<CSVFormat> formats() {
    return Arbitraries.of(CSVFormat.DEFAULT, CSVFormat.EXCEL.builder().setDelimiter(';').get(), CSVFormat.TDF, CSVFormat.RFC4180);
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    // Any text a CRM could hold: every script, quotes, delimiters, line breaks; not NUL or other C0 controls.
    Arbitrary<String> text = Arbitraries.strings()
        .withCharRange(' ', '\uD7FF')
        .withCharRange('\uE000', '\uFFFD')
        .withChars('\n', '\r', '\t', ',', ';', '"', '|')
        .ofMaxLength(25);
    // Characters outside the BMP (surrogate pairs) must survive too: emoji and mathematical letters in names.
    Arbitrary<String> astral = Arbitraries.of("", "\uD83D\uDE00", "\uD835\uDD04\uD835\uDD20\uD835\uDD2A\uD835\uDD22", "\uD83C\uDFE6");
    Arbitrary<String> name = Combinators.combine(text, astral, text).as((a, b, c) -> a + b + c).filter(s -> !s.isBlank());
    Arbitrary<String> id = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(18);
    return Combinators.combine(id, name, text, text, text, text).as(Row::new).list().ofMaxSize(30);
  }
}
