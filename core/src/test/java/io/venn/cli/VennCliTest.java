package io.venn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VennCliTest {
  /** Salesforce-style export: two customers and two prospects. */
  static final String LEFT = """
      Account ID,Account Name,Website,Billing Country,Type
      L1,Acme Corporation,acme.com,US,Customer
      L2,Globex GmbH,globex.de,DE,Prospect
      L3,Initech Ltd,initech.co.uk,GB,Customer
      L4,Umbrella Corp,umbrella.com,US,Prospect
      """;
  /** HubSpot-style export of the partner. */
  static final String RIGHT = """
      Record ID,Company name,Company Domain Name,Country/Region,Lifecycle Stage
      R1,Acme Corporation,acme.com,US,Opportunity
      R2,Initech Ltd,initech.co.uk,GB,Customer
      R3,Hooli Inc,hooli.xyz,US,Lead
      """;

  @TempDir Path dir;
  Path left;
  Path right;

  record Result(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  @BeforeEach
  void lists() throws IOException {
    left = Files.writeString(dir.resolve("ours.csv"), LEFT);
    right = Files.writeString(dir.resolve("theirs.csv"), RIGHT);
  }

  static Result run(Object... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] argv = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      argv[i] = args[i].toString();
    }
    int code = VennCli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void match_printsAlignedMatrixAndSummary() {
    Result r = run("match", "--left", left, "--right", right);
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().toList()).containsExactly(
        "left \\ right  Opportunity  Customer  Lead",
        "Customer                1         1     0",
        "Prospect                0         0     0",
        "left " + left + ": 4 records; right " + right + ": 3 records; 2 matches");
  }

  @Test
  void match_writesMatchesCsvAndMatrixJson() throws IOException {
    Path matches = dir.resolve("m.csv");
    Path matrix = dir.resolve("x.json");
    Result r = run("match", "--left", left, "--right", right, "--matches", matches, "--matrix", matrix);
    assertThat(r.code()).isEqualTo(0);
    List<String> rows = Files.readAllLines(matches);
    assertThat(rows.get(0)).isEqualTo("left_id,right_id,score");
    assertThat(rows.subList(1, rows.size())).hasSize(2).allMatch(row -> row.matches("L[13],R[12],(0\\.\\d{4}|1\\.0000)"))
        .anyMatch(row -> row.startsWith("L1,R1,")).anyMatch(row -> row.startsWith("L3,R2,"));

    JsonNode json = new ObjectMapper().readTree(matrix.toFile());
    assertThat(json.size()).isEqualTo(1);
    assertThat(json.get("cells")).hasSize(6);
    List<String> cells = new ArrayList<>();
    for (JsonNode cell : json.get("cells")) {
      assertThat(cell.fieldNames()).toIterable().containsExactly("left", "right", "overlaps");
      cells.add(cell.get("left").asText() + "/" + cell.get("right").asText() + "=" + cell.get("overlaps").asInt());
    }
    assertThat(cells).contains("Customer/Opportunity=1", "Customer/Customer=1", "Customer/Lead=0", "Prospect/Opportunity=0");
    assertThat(r.out()).doesNotContain("left \\ right").contains("2 matches");
  }

  @Test
  void match_explainPrintsReasons() {
    Result r = run("match", "--left", left, "--right", right, "--explain");
    assertThat(r.out()).contains("L1 \"Acme Corporation\"  <->  R1 \"Acme Corporation\"  score ");
    assertThat(r.out()).containsPattern("\\n    domain +\\S.* similarity +1\\.000  weight \\+\\d+\\.\\d\\d");
    assertThat(r.out()).startsWith("model: prior ").containsPattern("\\n  domain +same website +m 0\\.\\d{4}  u 0\\.\\d{6}  weight \\+\\d");
  }

  @Test
  void match_estimatePrintsTheModelItUsed() {
    Result r = run("match", "--left", left, "--right", right, "--estimate", "--explain");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).startsWith("model: prior ").contains("re-estimated on these lists (--estimate)")
        .containsPattern("weight [+-]\\d+\\.\\d\\d( \\(u from word rarity\\))? \\*\\n")
        .contains("L1 \"Acme Corporation\"  <->  R1 \"Acme Corporation\"  score ");
  }

  @Test
  void match_feedbackRemovesAndForcesPairs() throws IOException {
    Path feedback = Files.writeString(dir.resolve("feedback.csv"), "left_id,right_id,verdict\nL1,R1,not_a_match\nL4,R3,MATCH\n");
    Path matches = dir.resolve("m.csv");
    Result r = run("match", "--left", left, "--right", right, "--feedback", feedback, "--matches", matches);
    assertThat(r.code()).isEqualTo(0);
    assertThat(Files.readAllLines(matches)).containsExactlyInAnyOrder("left_id,right_id,score", "L3,R2,1.0000", "L4,R3,1.0000")
        .hasSize(3);
  }

  @Test
  void match_badFeedbackRowsNameFileLineAndField() throws IOException {
    Path feedback = Files.writeString(dir.resolve("feedback.csv"),
        "left_id,right_id,verdict\nL1,R1,maybe\n,R2,match\n\"L3\nx\",,match\nL4,R3\n");
    Result r = run("match", "--left", left, "--right", right, "--feedback", feedback);
    assertThat(r.code()).isEqualTo(CliException.INPUT);
    assertThat(r.errLines()).containsExactly(
        feedback + ":2 [verdict]: must be not_a_match or match, was 'maybe'",
        feedback + ":3 [left_id]: is empty",
        feedback + ":4 [right_id]: is empty",
        feedback + ":6: expected 3 values (left_id,right_id,verdict), found 2",
        "venn: " + feedback + ": 4 bad rows; nothing was matched");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void match_feedbackWithWrongHeaderIsRejected() throws IOException {
    Path feedback = Files.writeString(dir.resolve("feedback.csv"), "left,right,verdict\nL1,R1,match\n");
    Result r = run("match", "--left", left, "--right", right, "--feedback", feedback);
    assertThat(r.code()).isEqualTo(CliException.INPUT);
    assertThat(r.err()).contains(feedback + ":1: the header must be left_id,right_id,verdict, was left,right,verdict");
  }

  @Test
  void match_highThresholdKeepsFewerMatches() {
    Result r = run("match", "--left", left, "--right", right, "--threshold", "1");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).containsPattern("; ([02] matches|1 match)$");
  }

  @Test
  void match_rejectedRowsGoToStderrCapped() throws IOException {
    StringBuilder csv = new StringBuilder("Name,Website,Country\n");
    for (int i = 0; i < 25; i++) {
      csv.append(",,US\n");
    }
    csv.append("Acme Corporation,acme.com,US\n");
    Path messy = Files.writeString(dir.resolve("messy.csv"), csv);
    Result r = run("match", "--left", messy, "--right", right);
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.errLines()).hasSize(RejectedRows.MAX_SHOWN + 1);
    assertThat(r.errLines().get(0)).isEqualTo(messy + ":2 [name]: neither a name nor a domain: nothing to match on");
    assertThat(r.errLines().get(RejectedRows.MAX_SHOWN)).isEqualTo(messy + ": ... and 5 more rejected rows");
    assertThat(r.out()).contains("1 record (25 rejected rows)");
  }

  static List<Arguments> failures() {
    return List.of(
        Arguments.of("missing file", List.of("match", "--left", "@/nope.csv", "--right", "@/theirs.csv"), 1, "venn: @/nope.csv: no such file"),
        Arguments.of("both files bad, read at once: the left is named", List.of("match", "--left", "@/empty.csv", "--right", "@/nonames.csv"), 1,
            "venn: @/empty.csv: the file is empty (no header line)"),
        Arguments.of("right file bad", List.of("match", "--left", "@/ours.csv", "--right", "@/nonames.csv"), 1,
            "venn: @/nonames.csv: no name or domain column"),
        Arguments.of("empty file", List.of("match", "--left", "@/empty.csv", "--right", "@/theirs.csv"), 1,
            "venn: @/empty.csv: the file is empty (no header line)"),
        Arguments.of("no name column", List.of("match", "--left", "@/nonames.csv", "--right", "@/theirs.csv"), 1,
            "venn: @/nonames.csv: no name or domain column"),
        Arguments.of("threshold not a number", List.of("match", "--left", "@/ours.csv", "--right", "@/theirs.csv", "--threshold", "high"), 2,
            "venn: --threshold: must be a number in (0, 1], was 'high'"),
        Arguments.of("threshold above 1", List.of("match", "--left", "@/ours.csv", "--right", "@/theirs.csv", "--threshold", "90"), 2,
            "venn: --threshold: must be a number in (0, 1], was '90'"),
        Arguments.of("unknown flag", List.of("match", "--left", "@/ours.csv", "--right", "@/theirs.csv", "--treshold", "0.8"), 2,
            "venn: --treshold: unknown option"),
        Arguments.of("missing --right", List.of("match", "--left", "@/ours.csv"), 2, "venn: --right: is required"),
        Arguments.of("flag without value", List.of("match", "--left", "@/ours.csv", "--right"), 2, "venn: --right: needs a value"),
        Arguments.of("bad --map", List.of("match", "--left", "@/ours.csv", "--right", "@/theirs.csv", "--map", "title=Name"), 2,
            "venn: --map title=Name: expected field=Header"),
        Arguments.of("mapped header in neither list", List.of("match", "--left", "@/ours.csv", "--right", "@/theirs.csv", "--map", "name=Firma"), 1,
            "venn: --map name=Firma: neither @/ours.csv nor @/theirs.csv has a column \"Firma\""),
        Arguments.of("workbook instead of CSV", List.of("match", "--left", "@/book.xlsx", "--right", "@/theirs.csv"), 1,
            "venn: @/book.xlsx: is a ZIP archive"),
        Arguments.of("directory", List.of("match", "--left", "@", "--right", "@/theirs.csv"), 1, "venn: @: is a directory"),
        Arguments.of("unknown command", List.of("merge", "--left", "@/ours.csv"), 2, "venn: merge: unknown command"),
        Arguments.of("passphrase secret", List.of("encode", "--secret-file", "@/short.key", "--job-nonce", "job-0001", "--in", "@/ours.csv",
            "--out", "@/o.venn"), 1, "venn: @/short.key: line 1: not a secret file written by 'venn secret'"),
        Arguments.of("bad nonce", List.of("encode", "--secret-file", "@/short.key", "--job-nonce", "a b", "--in", "@/ours.csv",
            "--out", "@/o.venn"), 2, "venn: --job-nonce: a job nonce is 8 to 128 letters"),
        Arguments.of("open a non-view", List.of("open", "--secret-file", "@/short.key", "--in", "@/ours.csv", "--out", "@/o.csv"), 1,
            "venn: @/short.key: line 1: not a secret file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void run_failureIsOneLineNamingTheCulprit(String label, List<String> args, int code, String message) throws IOException {
    Files.writeString(dir.resolve("empty.csv"), "");
    Files.writeString(dir.resolve("nonames.csv"), "Id,Country\n1,US\n");
    Files.write(dir.resolve("book.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0});
    Files.writeString(dir.resolve("short.key"), "abcde\n");
    Result r = run(args.stream().map(a -> a.replace("@", dir.toString())).toArray());
    assertThat(r.code()).isEqualTo(code);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith(message.replace("@", dir.toString()));
    assertThat(dir.resolve("o.venn")).doesNotExist();
  }

  @Test
  void match_mappingAppliesToTheListThatHasTheHeader() throws IOException {
    // An Excel export from a German subsidiary: semicolons, Windows-1252, German headers.
    Path excel = dir.resolve("kunden.csv");
    Files.write(excel, "Firma;Webseite;Land;Segment\r\nInitech Ltd;initech.co.uk;GB;Kunde\r\nSociété Générale;societegenerale.com;FR;Kunde\r\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Result r = run("match", "--left", excel, "--right", right, "--map", "name=firma", "--map", "domain=Webseite", "--map", "country=LAND",
        "--explain");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("line-2 \"Initech Ltd\"  <->  R2 \"Initech Ltd\"").contains("; 1 match");
    assertThat(r.out()).contains("Kunde").contains("left " + excel + ": 2 records;");
  }

  @Test
  void run_helpPrintsUsage() {
    Result r = run("--help");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("venn match --left A --right B [--matches M.csv] [--matrix X.json] [--threshold T]")
        .contains("venn keygen --out PREFIX")
        .contains("venn secret --mine PREFIX.key --theirs PARTNER.pub --partnership ID --out S")
        .contains("venn encode --secret-file S (--job-nonce N | --job JOB.json) --in A.csv --out A.venn")
        .contains("venn open --secret-file S --in VIEW.json --out overlaps.csv")
        .contains("What blind mode protects");
    assertThat(run("match", "--help").out()).isEqualTo(r.out());
  }

  @Test
  void run_noArgumentsPrintsUsageAndFails() {
    Result r = run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("Usage: venn");
  }
}
