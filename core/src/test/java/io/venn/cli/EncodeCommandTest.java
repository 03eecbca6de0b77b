package io.venn.cli;

import static io.venn.cli.VennCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.venn.encode.EncodedAccount;
import io.venn.encode.io.EncodedListFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodeCommandTest {
  static final String ACCOUNTS = """
      Account ID,Account Name,Website,Billing City,Billing State/Province,Billing Country,Phone,D-U-N-S Number,Type,Account Owner
      0015g00000PqRsTUV1,Zanzibar Quantum Logistics,https://www.zanzibarquantum.io/about,Ouagadougou,Kadiogo,BF,+226 25 30 66 00,804735132,Customer,Philippa Worthington
      0015g00000PqRsTUV2,Brightwater Montgomery Holdings,brightwatermontgomery.com,Tallahassee,Florida,US,(850) 555-0199,,Prospect,Bartholomew Quincy
      """;

  @TempDir Path dir;
  Path secret;

  @BeforeEach
  void secret() throws IOException {
    secret = Files.writeString(dir.resolve("partnership.key"), "correct horse battery staple 42\n");
  }

  private Path encode(String name, String csv, Object... extra) throws IOException {
    Path in = Files.writeString(dir.resolve(name + ".csv"), csv);
    Path out = dir.resolve(name + ".venn");
    List<Object> args = new ArrayList<>(List.of("encode", "--secret-file", secret, "--in", in, "--out", out));
    args.addAll(List.of(extra));
    VennCliTest.Result r = run(args.toArray());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(0);
    return out;
  }

  private static String decompressed(Path venn) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(venn))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void encode_outputContainsNoPlaintextFieldOfTheInput() throws IOException {
    Path venn = encode("ours", ACCOUNTS, "--share", "name,domain,owner");
    String text = decompressed(venn).toLowerCase(Locale.ROOT);
    assertThat(text).startsWith("venn-encoded v1\n");

    List<String> secrets = new ArrayList<>();
    for (String line : ACCOUNTS.lines().skip(1).toList()) {
      String[] values = line.split(",");
      for (int i = 0; i < values.length; i++) {
        if (i == 5 || i == 8) {
          continue; // country codes are two letters (found by chance in base64); population labels are shared by design
        }
        if (!values[i].isBlank()) {
          secrets.add(values[i]);
          for (String token : values[i].split("[^\\p{L}\\p{N}]+")) {
            if (token.length() >= 5) {
              secrets.add(token); // name words, domain labels, phone digit groups
            }
          }
        }
      }
    }
    secrets.addAll(List.of("zanzibarquantum.io", "22625306600", "8505550199", "zanzibar quantum logistics"));
    assertThat(secrets).hasSizeGreaterThan(30);
    for (String value : secrets) {
      assertThat(text).as("plaintext %s in the encoded list", value).doesNotContain(value.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void encode_sealsIdAndSharedFieldsForThePartner() throws IOException, Exception {
    Path venn = encode("ours", ACCOUNTS, "--share", "name, owner");
    EncodedAccount first = EncodedListFile.read(venn).accounts().get(0);
    Map<String, String> opened = new BlindRecords(BlindRecords.readSecret(secret)).open(first.sealed(), first.ref());
    assertThat(opened).containsExactly(Map.entry("id", "0015g00000PqRsTUV1"), Map.entry("name", "Zanzibar Quantum Logistics"),
        Map.entry("owner", "Philippa Worthington"));
    assertThat(first.ref()).matches("[0-9a-f]{32}");
    assertThat(first.population()).isEqualTo("Customer");
  }

  @Test
  void encode_secretFileTrailingNewlineIsIgnored() throws IOException {
    Path a = encode("a", ACCOUNTS);
    Files.writeString(secret, "correct horse battery staple 42");
    Path b = encode("b", ACCOUNTS);
    assertThat(EncodedListFile.read(a).accounts()).extracting(EncodedAccount::ref)
        .containsExactlyElementsOf(EncodedListFile.read(b).accounts().stream().map(EncodedAccount::ref).toList());
  }

  @Test
  void match_encodedListsGiveRefsOrOpenedIds() throws IOException {
    Path ours = encode("ours", VennCliTest.LEFT);
    Path theirs = encode("theirs", VennCliTest.RIGHT);
    Path matches = dir.resolve("m.csv");

    VennCliTest.Result blind = run("match", "--left", ours, "--right", theirs, "--matches", matches);
    assertThat(blind.code()).isEqualTo(0);
    List<String> rows = Files.readAllLines(matches);
    assertThat(rows.get(0)).isEqualTo("left_id,right_id,score");
    assertThat(rows.subList(1, rows.size())).hasSize(2).allMatch(r -> r.matches("[0-9a-f]{32},[0-9a-f]{32},\\d\\.\\d{4}"));

    VennCliTest.Result opened = run("match", "--left", ours, "--right", theirs, "--matches", matches, "--secret-file", secret, "--explain");
    assertThat(opened.code()).isEqualTo(0);
    assertThat(Files.readAllLines(matches).subList(1, 3)).anyMatch(r -> r.startsWith("L1,R1,")).anyMatch(r -> r.startsWith("L3,R2,"));
    assertThat(opened.out()).contains("L1 \"Acme Corporation\"  <->  R1 \"Acme Corporation\"");

    VennCliTest.Result listed = run("match", "--left", ours, "--right", theirs, "--secret-file", secret);
    assertThat(listed.out()).containsPattern("(?m)^L3 \"Initech Ltd\"  <->  R2 \"Initech Ltd\"  score \\d\\.\\d{4}$")
        .doesNotContain("similarity");
  }

  @Test
  void match_encodedMatrixMatchesPlaintextMatrix() throws IOException {
    Path ours = encode("ours", VennCliTest.LEFT);
    Path theirs = encode("theirs", VennCliTest.RIGHT);
    VennCliTest.Result blind = run("match", "--left", ours, "--right", theirs);
    VennCliTest.Result plain = run("match", "--left", dir.resolve("ours.csv"), "--right", dir.resolve("theirs.csv"));
    assertThat(blind.out().lines().limit(3)).containsExactlyElementsOf(plain.out().lines().limit(3).toList());
  }

  @Test
  void match_listsEncodedWithDifferentSecrets() throws IOException {
    Path ours = encode("ours", VennCliTest.LEFT);
    Files.writeString(secret, "another partnership's secret!!");
    Path theirs = encode("theirs", VennCliTest.RIGHT);
    VennCliTest.Result r = run("match", "--left", ours, "--right", theirs);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("venn: " + theirs + ": was not encoded with the same secret (or venn version) as " + ours
        + "; nothing could match" + System.lineSeparator());
  }

  @Test
  void match_csvAgainstEncodedList() throws IOException {
    Path ours = encode("ours", VennCliTest.LEFT);
    Path theirs = Files.writeString(dir.resolve("theirs.csv"), VennCliTest.RIGHT);
    VennCliTest.Result r = run("match", "--left", ours, "--right", theirs);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("venn: " + theirs + ": is a CSV list but the other side is an encoded list");
  }

  @Test
  void encode_noUsableRowWritesNothing() throws IOException {
    Path in = Files.writeString(dir.resolve("blank.csv"), "Name,Website,Country\n,,US\n");
    Path out = dir.resolve("blank.venn");
    VennCliTest.Result r = run("encode", "--secret-file", secret, "--in", in, "--out", out);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly(in + ":2 [name]: neither a name nor a domain: nothing to match on",
        "venn: " + in + ": no usable record (each needs a name or a domain); nothing to encode");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("partnership.key", "blank.csv");
    }
  }
}
