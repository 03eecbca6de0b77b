package io.venn.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvAccountReaderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  record Read(List<Account> accounts, ReadSummary summary) {
    Account only() {
      assertThat(accounts).hasSize(1);
      return accounts.get(0);
    }
  }

  private static Read stream(byte[] bytes) throws IOException {
    List<Account> accounts = new ArrayList<>();
    ReadSummary summary = CsvAccountReader.standard().read(new ByteArrayInputStream(bytes), "accounts.csv", accounts::add);
    return new Read(accounts, summary);
  }

  private static Read stream(String csv) throws IOException {
    return stream(csv.getBytes(StandardCharsets.UTF_8));
  }

  static List<Arguments> crmExports() {
    return List.of(
        Arguments.of("Salesforce",
            "Account ID,Account Name,Website,Billing City,Billing State/Province,Billing Country,Phone,Type,Account Owner\n"
                + "0015g00000XyZ1AAB,Acme Corp,www.acme.com,San Francisco,CA,USA,(415) 555-0100,Customer - Direct,Jane Roe\n",
            "0015g00000XyZ1AAB", "Acme Corp", "www.acme.com", "USA", "San Francisco", "(415) 555-0100", "Customer - Direct", "Jane Roe"),
        Arguments.of("HubSpot",
            "Record ID,Company name,Company Domain Name,Website URL,City,State/Region,Country/Region,Phone Number,Lifecycle Stage,Company owner\n"
                + "5120934471,Globex GmbH,globex.de,https://www.globex.de/en,München,Bayern,Germany,+49 89 1234567,Opportunity,Max Mustermann\n",
            "5120934471", "Globex GmbH", "globex.de", "Germany", "München", "+49 89 1234567", "Opportunity", "Max Mustermann"),
        Arguments.of("Dynamics 365",
            "(Do Not Modify) Account,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Account Name,Main Phone,"
                + "Address 1: City,Address 1: Country/Region,Website,Relationship Type,Owner\n"
                + "7f3c2a10-1d2e-4b5f-9a8b-0c1d2e3f4a5b,xJ4kL9==,2024-03-01T10:00:00Z,Initech Ltd,020 7946 0000,London,United Kingdom,initech.co.uk,Partner,Bill Lumbergh\n",
            "7f3c2a10-1d2e-4b5f-9a8b-0c1d2e3f4a5b", "Initech Ltd", "initech.co.uk", "United Kingdom", "London", "020 7946 0000", "Partner", "Bill Lumbergh"),
        Arguments.of("spreadsheet, odd case and spacing",
            "  NAME , domain,COUNTRY,  city  ,Segment\n  Umbrella Corp  , umbrella.com ,US,Raccoon City,Prospect\n",
            "line-2", "Umbrella Corp", "umbrella.com", "US", "Raccoon City", null, "Prospect", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("crmExports")
  void read_crmExportHeaders(String crm, String csv, String id, String name, String domain, String country, String city,
      String phone, String population, String owner) throws IOException {
    Account a = stream(csv).only();
    assertThat(a.id()).isEqualTo(id);
    assertThat(a.name()).isEqualTo(name);
    assertThat(a.domain()).isEqualTo(domain);
    assertThat(a.country()).isEqualTo(country);
    assertThat(a.city()).isEqualTo(city);
    assertThat(a.phone()).isEqualTo(phone);
    assertThat(a.population()).isEqualTo(population);
    assertThat(a.field("owner")).isEqualTo(owner);
    assertThat(a.line()).isEqualTo(2);
  }

  @Test
  void read_hubspotKeepsSecondDomainColumnAsAttribute() throws IOException {
    Account a = stream(crmExports().get(1).get()[1].toString()).only();
    assertThat(a.attributes()).containsEntry("website url", "https://www.globex.de/en").containsEntry("owner", "Max Mustermann");
  }

  static List<Arguments> delimiters() {
    return List.of(
        Arguments.of("comma", "Name,Website,Notes\n\"Smith, Jones & Co\",sj.com,\"a;b|c\"\n"),
        Arguments.of("semicolon (Excel, European locale)", "Name;Website;Notes\n\"Smith, Jones & Co\";sj.com;a,b\n"),
        Arguments.of("tab", "Name\tWebsite\tNotes\nSmith, Jones & Co\tsj.com\ta;b,c\n"),
        Arguments.of("pipe", "Name|Website|Notes\nSmith, Jones & Co|sj.com|a;b\n"),
        Arguments.of("Excel sep= line", "sep=;\r\nName;Website;Notes\r\nSmith, Jones & Co;sj.com;a|b|c|d\r\n"),
        Arguments.of("Excel sep= line for tabs", "sep=\t\nName\tWebsite\nSmith, Jones & Co\tsj.com\n"),
        Arguments.of("commas inside a quoted header do not count", "\"Notes, internal, legal\";Name;Website\nx;Smith, Jones & Co;sj.com\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("delimiters")
  void read_sniffsDelimiter(String label, String csv) throws IOException {
    Account a = stream(csv).only();
    assertThat(a.name()).isEqualTo("Smith, Jones & Co");
    assertThat(a.domain()).isEqualTo("sj.com");
  }

  @Test
  void read_excelSemicolonExportInWindows1252() throws IOException {
    byte[] bytes = "Firmenname;Website;Land;Stadt\r\nSociété Générale;societegenerale.com;France;Paris\r\nMüller & Söhne GmbH;mueller.de;Deutschland;Köln\r\n"
        .getBytes(CP1252);
    Path file = Files.write(dir.resolve("export.csv"), bytes);
    AccountList list = CsvAccountReader.standard().withMapping(Map.of(Field.NAME, "firmenname", Field.COUNTRY, "Land", Field.CITY, "Stadt")).read(file);
    assertThat(list.accounts()).extracting(Account::name).containsExactly("Société Générale", "Müller & Söhne GmbH");
    assertThat(list.accounts()).extracting(Account::city).containsExactly("Paris", "Köln");
    assertThat(list.accounts()).extracting(Account::line).containsExactly(2L, 3L);
  }

  @Test
  void read_windows1252Stream() throws IOException {
    Account a = stream("Name;Website\nSociété Générale;sg.fr\n".getBytes(CP1252)).only();
    assertThat(a.name()).isEqualTo("Société Générale");
  }

  @Test
  void read_windows1252ByteAfterTheHead_decodedAsWindows1252() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("Name,Website\n".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; out.size() < Decoding.HEAD_BYTES + 10; i++) {
      out.writeBytes(("Company " + i + ",c" + i + ".com\n").getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("Société Générale,sg.fr\n".getBytes(CP1252));
    Read r = stream(out.toByteArray());
    assertThat(r.accounts().get(r.accounts().size() - 1).name()).isEqualTo("Société Générale");
  }

  @Test
  void read_utf8BomIsNotPartOfTheFirstHeader() throws IOException {
    Account a = stream("\uFEFFAccount Name,Website\nNestlé S.A.,nestle.com\n").only();
    assertThat(a.name()).isEqualTo("Nestlé S.A.");
  }

  @Test
  void read_excelUnicodeTextIsUtf16WithTabs() throws IOException {
    byte[] bytes = "Account Name\tWebsite\r\nТойота Мотор\ttoyota.jp\r\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[bytes.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(bytes, 0, withBom, 2, bytes.length);
    assertThat(stream(withBom).only().name()).isEqualTo("Тойота Мотор");
  }

  @Test
  void read_embeddedNewlinesKeepPhysicalLineNumbers() throws IOException {
    Read r = stream("Name,Billing Street,Website\r\n"
        + "Acme,\"1 Main St\r\nSuite 200\r\nBuilding B\",acme.com\r\n"
        + "\r\n"
        + "Globex,\"Hauptstr. 5\",globex.de\r\n");
    assertThat(r.accounts()).extracting(Account::line).containsExactly(2L, 6L);
    assertThat(r.accounts().get(0).attributes()).containsEntry("billing street", "1 Main St\r\nSuite 200\r\nBuilding B");
    assertThat(r.summary().rows()).isEqualTo(2);
  }

  static List<Arguments> malformedRows() {
    return List.of(
        Arguments.of("unterminated quote to the end of the file",
            "Name,Website\nAcme,acme.com\n\"Globex,globex.com\nInitech,initech.com\n", 3L, null, "unterminated quote",
            List.of("Acme", "Initech")),
        Arguments.of("unterminated quote closed by a later row's quote",
            "Name,Website\n\"Globex,globex.com\nInitech,initech.com\n\"Umbrella\",umbrella.com\n", 2L, null, "closing quote",
            List.of("Initech", "Umbrella")),
        Arguments.of("text after a closing quote",
            "Name,Website\n\"Acme\" Inc,acme.com\nInitech,initech.com\n", 2L, null, "closing quote", List.of("Initech")),
        Arguments.of("more values than headers (unquoted comma)",
            "Name,Website\nSmith, Jones & Co,sj.com\nInitech,initech.com\n", 2L, null, "3 values but the header has 2",
            List.of("Initech")),
        Arguments.of("neither name nor domain",
            "Name,Website,Country\n,,US\nInitech,initech.com,US\n", 2L, "name", "neither a name nor a domain",
            List.of("Initech")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedRows")
  void read_malformedRowIsReportedAndSkipped(String label, String csv, long line, String field, String reason, List<String> kept)
      throws IOException {
    Read r = stream(csv);
    assertThat(r.accounts()).extracting(Account::name).containsExactlyElementsOf(kept);
    assertThat(r.summary().rejected()).hasSize(1);
    RowIssue issue = r.summary().rejected().get(0);
    assertThat(issue.source()).isEqualTo("accounts.csv");
    assertThat(issue.line()).isEqualTo(line);
    assertThat(issue.field()).isEqualTo(field);
    assertThat(issue.reason()).contains(reason);
    assertThat(r.summary().rows()).isEqualTo(kept.size() + 1);
  }

  @Test
  void read_quoteNeverClosedInAHugeFile_costsOneRow() throws IOException {
    StringBuilder csv = new StringBuilder("Name\n\"Broken Co\n");
    int rows = ReplayReader.MAX_RECORD_CHARS / 10;
    for (int i = 0; i < rows; i++) {
      csv.append("Company ").append(i).append('\n'); // no quote for longer than any record may be
    }
    Read r = stream(csv.toString());
    assertThat(r.summary().rejected()).extracting(RowIssue::line).containsExactly(2L);
    assertThat(r.accounts()).hasSize(rows);
    assertThat(r.accounts().get(rows - 1).line()).isEqualTo(rows + 2L);
  }

  @Test
  @Timeout(60) // before the fix this read never ended
  void read_inputThatBreaksOff_failsOnceAndHandsEachRowOnce() {
    // A client that hangs up mid-upload: the body gives 60,000 rows (more than the head read to
    // sniff the encoding), then fails on every read, as Tomcat's body does. The failed read left the
    // decoder's buffer half-compacted and the parser restarted on the error, so the same 64 KiB were
    // decoded again and again: an upload that never ended and filled the database.
    StringBuilder csv = new StringBuilder("Name,Website\n");
    for (int i = 0; i < 60_000; i++) {
      csv.append("Company ").append(i).append(",company").append(i).append(".com\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    InputStream breaksOff = new InputStream() {
      int at;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (at == bytes.length) {
          throw new IOException("connection reset by peer");
        }
        int n = Math.min(Math.min(len, 1000), bytes.length - at);
        System.arraycopy(bytes, at, b, off, n);
        at += n;
        return n;
      }
    };
    List<Account> seen = new ArrayList<>();
    assertThatThrownBy(() -> CsvAccountReader.standard().read(breaksOff, "cut.csv", seen::add))
        .isInstanceOf(IOException.class).hasMessageContaining("connection reset");
    assertThat(seen).hasSizeLessThanOrEqualTo(60_000);
    assertThat(seen.stream().map(Account::name).distinct().count()).isEqualTo(seen.size());
  }

  @Test
  void read_trailingEmptyValuesAndBlankRowsAreAccepted() throws IOException {
    Read r = stream("Name,Website\nAcme,acme.com,,\n,,\n\nGlobex\n");
    assertThat(r.accounts()).extracting(Account::name).containsExactly("Acme", "Globex");
    assertThat(r.summary().rejected()).isEmpty();
  }

  @Test
  void read_fewControlBytesAreNotBinary() throws IOException {
    Read r = stream("Name,Notes\nAcme,line\u000Bbreak from FileMaker\nGlobex,\u0007\n\u001A");
    assertThat(r.accounts()).extracting(Account::name).containsExactly("Acme", "Globex");
  }

  @Test
  void read_defaultsForMissingColumnsAndBlankValues() throws IOException {
    Account a = stream("Name,Website,City\nAcme,  ,\n").only();
    assertThat(a.id()).isEqualTo("line-2");
    assertThat(a.domain()).isNull();
    assertThat(a.city()).isNull();
    assertThat(a.population()).isEqualTo("All");
    assertThat(a.attributes()).isEmpty();
  }

  @Test
  void read_summaryCountsPopulations() throws IOException {
    Read r = stream("Name,Type\nA,Customer\nB,Prospect\nC,Customer\nD,\n");
    assertThat(r.summary().populations()).containsExactly(Map.entry("Customer", 2L), Map.entry("Prospect", 1L), Map.entry("All", 1L));
    assertThat(r.summary().accepted()).isEqualTo(4);
  }

  @Test
  void read_lineEndingsCrLfAndLoneCr() throws IOException {
    Read r = stream("Name\rA\rB\r\nC\n");
    assertThat(r.accounts()).extracting(Account::line).containsExactly(2L, 3L, 4L);
  }

  @Test
  void withMapping_overridesRecognisedHeader() throws IOException {
    String csv = "Account Name,Legal Name,Website\nACME,Acme Corporation,acme.com\n";
    List<Account> out = new ArrayList<>();
    CsvAccountReader.standard().withMapping(Map.of(Field.NAME, "legal name"))
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "a.csv", out::add);
    assertThat(out.get(0).name()).isEqualTo("Acme Corporation");
    assertThat(out.get(0).attributes()).containsEntry("account name", "ACME");
  }

  @Test
  void withMapping_blankHeader() {
    assertThatThrownBy(() -> CsvAccountReader.standard().withMapping(Map.of(Field.NAME, " ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
  }

  static List<Arguments> invalidLists() {
    return List.of(
        Arguments.of("empty", new byte[0], "empty"),
        Arguments.of("only blank lines", "\n\r\n  \n".getBytes(StandardCharsets.UTF_8), "empty"),
        Arguments.of("only a BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "empty"),
        Arguments.of("xlsx workbook", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, "ZIP archive"),
        Arguments.of("xls workbook", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0x1, 0x2}, ".xls"),
        Arguments.of("JSON", "[{\"name\":\"Acme\"}]".getBytes(StandardCharsets.UTF_8), "JSON"),
        Arguments.of("binary", new byte[] {'a', 0, 'b', 0, 'c'}, "binary"),
        Arguments.of("no name or domain column", "Id,Country,City\n1,US,Boston\n".getBytes(StandardCharsets.UTF_8),
            "no name or domain column"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidLists")
  void read_invalidList(String label, byte[] bytes, String problem) {
    assertThatThrownBy(() -> stream(bytes))
        .isInstanceOf(InvalidListException.class)
        .hasMessageStartingWith("accounts.csv: ")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((InvalidListException) e).source()).isEqualTo("accounts.csv"));
  }

  @Test
  void read_noNameColumnListsHeadersFound() {
    assertThatThrownBy(() -> stream("Id,Country,City\n1,US,Boston\n")).hasMessageContaining("\"Id\", \"Country\", \"City\"");
  }

  @Test
  void read_mappedHeaderMissing() {
    assertThatThrownBy(() -> CsvAccountReader.standard().withMapping(Map.of(Field.NAME, "Firma"))
            .read(new ByteArrayInputStream("Name,Website\nA,a.com\n".getBytes(StandardCharsets.UTF_8)), "a.csv", a -> {}))
        .isInstanceOf(InvalidListException.class)
        .hasMessageContaining("\"firma\"")
        .hasMessageContaining("\"Name\", \"Website\"");
  }

  @Test
  void headers_asWrittenAfterBlankLines() throws IOException {
    Path file = Files.writeString(dir.resolve("h.csv"), "\uFEFF\n\nFirma;\"Web seite\";Land\nAcme;acme.com;US\n");
    assertThat(CsvAccountReader.headers(file)).containsExactly("Firma", "Web seite", "Land");
  }

  @Test
  void read_pathNamesTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("partners.csv"), "Name,Website\nAcme,acme.com\n\"Broken,x\n");
    AccountList list = CsvAccountReader.standard().read(file);
    assertThat(list.source()).isEqualTo(file.toString());
    assertThat(list.accounts()).hasSize(1);
    assertThat(list.rejected()).extracting(RowIssue::toString).containsExactly(file + ":3: a quoted value is never closed (unterminated quote)");
  }
}
