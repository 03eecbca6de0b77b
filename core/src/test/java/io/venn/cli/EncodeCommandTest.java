package io.venn.cli;

import static io.venn.cli.VennCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.encode.EncodedAccount;
import io.venn.encode.ReleaseKey;
import io.venn.encode.Sealer;
import io.venn.encode.io.EncodedListFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
  static final Path EXAMPLES = Path.of("..", "examples");
  static final String NONCE = "job-2026-12-02-a";

  @TempDir Path dir;
  /** Acme's secret (one side of the partnership) and Globex's (the other). */
  Path secret;
  Path partnerSecret;

  @BeforeEach
  void secrets() {
    assertThat(run("keygen", "--out", dir.resolve("acme")).code()).isZero();
    assertThat(run("keygen", "--out", dir.resolve("globex")).code()).isZero();
    secret = dir.resolve("acme.secret");
    partnerSecret = dir.resolve("globex.secret");
    assertThat(run("secret", "--mine", dir.resolve("acme.key"), "--theirs", dir.resolve("globex.pub"), "--partnership", "p-42",
        "--out", secret).code()).isZero();
    assertThat(run("secret", "--mine", dir.resolve("globex.key"), "--theirs", dir.resolve("acme.pub"), "--partnership", "p-42",
        "--out", partnerSecret).code()).isZero();
  }

  private Path encode(String name, String csv, Object... extra) throws IOException {
    return encodeFile(name, Files.writeString(dir.resolve(name + ".csv"), csv), secret, NONCE, extra);
  }

  private Path encodeFile(String name, Path in, Path secretFile, String nonce, Object... extra) {
    Path out = dir.resolve(name + ".venn");
    List<Object> args = new ArrayList<>(List.of("encode", "--secret-file", secretFile, "--job-nonce", nonce, "--in", in, "--out", out));
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
  void secret_bothSidesDeriveTheSameSecretWithoutSendingIt() throws IOException {
    List<String> acme = Files.readAllLines(secret);
    List<String> globex = Files.readAllLines(partnerSecret);
    assertThat(acme.get(0)).isEqualTo("venn-secret v1");
    assertThat(acme.get(1)).isEqualTo(globex.get(1)).isEqualTo("partnership p-42");
    assertThat(acme.get(3)).isEqualTo(globex.get(3)).startsWith("secret ");
    assertThat(List.of(acme.get(2), globex.get(2))).containsExactlyInAnyOrder("side a", "side b");
    assertThat(Files.readString(dir.resolve("acme.pub"))).doesNotContain(acme.get(3).substring(7));
  }

  @Test
  void keygen_neverOverwritesAPrivateKey() throws IOException {
    String before = Files.readString(dir.resolve("acme.key"));
    VennCliTest.Result r = run("keygen", "--out", dir.resolve("acme"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("venn: " + dir.resolve("acme.key") + ": already exists");
    assertThat(Files.readString(dir.resolve("acme.key"))).isEqualTo(before);
  }

  @Test
  void encode_passphraseSecret_refused() throws IOException {
    Path weak = Files.writeString(dir.resolve("weak.secret"), "aaaaaaaaaaaaaaaa\n");
    Path in = Files.writeString(dir.resolve("ours.csv"), ACCOUNTS);
    VennCliTest.Result r = run("encode", "--secret-file", weak, "--job-nonce", NONCE, "--in", in, "--out", dir.resolve("o.venn"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("venn: " + weak + ": line 1: not a secret file written by 'venn secret' (passphrases are no longer accepted");
    assertThat(dir.resolve("o.venn")).doesNotExist();
  }

  @Test
  void encode_outputContainsNoPlaintextFieldOfTheInput() throws IOException {
    Path venn = encode("ours", ACCOUNTS, "--share", "name,domain,owner");
    String text = decompressed(venn).toLowerCase(Locale.ROOT) + Files.readString(Path.of(venn + ".release")).toLowerCase(Locale.ROOT);
    assertThat(text).startsWith("venn-encoded v13\njob\t" + NONCE + "\tid,name,domain,owner\n");

    List<String> secrets = new ArrayList<>();
    for (String line : ACCOUNTS.lines().skip(1).toList()) {
      String[] values = line.split(",");
      for (int i = 0; i < values.length; i++) {
        if (i == 5) {
          continue; // country codes are two letters (found by chance in base64)
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
  void encode_sealedFieldsOpenWithTheRecordsShareOnly() throws Exception {
    Path venn = encode("ours", ACCOUNTS, "--share", "name, owner");
    EncodedListFile.EncodedList list = EncodedListFile.read(venn);
    assertThat(list.header().sealedFields()).containsExactly("id", "name", "owner");
    EncodedAccount first = list.accounts().get(0);
    ReleaseKey release = ReleaseKey.parse(Files.readString(Path.of(venn + ".release")));
    BlindRecords partner = new BlindRecords(BlindRecords.readSecret(partnerSecret), NONCE);

    Map<String, String> opened = partner.open(false, first.ref(), release.share(first.ref()), fields(list, first));
    assertThat(opened).containsExactly(Map.entry("id", "0015g00000PqRsTUV1"), Map.entry("name", "Zanzibar Quantum Logistics"),
        Map.entry("owner", "Philippa Worthington"));
    EncodedAccount second = list.accounts().get(1);
    assertThatThrownBy(() -> partner.open(false, first.ref(), release.share(second.ref()), fields(list, first)))
        .as("the partner with the secret and the file but not this record's share").isInstanceOf(GeneralSecurityException.class);
    assertThat(first.ref()).matches("[0-9a-f]{32}");
    assertThat(first.population()).matches("p-[0-9a-f]{24}");
  }

  @Test
  void encode_populationLabels_keyedWithSealedLabelsOnlyTheSecretOpens_andDeclaredPolicy() throws Exception {
    Path policy = Files.writeString(dir.resolve("sharing.json"),
        "{\"default\": {\"level\": \"COUNTS\"}, \"populations\": {\"Customer\": {\"level\": \"OVERLAPS\", \"fields\": [\"name\"]}}}");
    Path venn = encode("ours", ACCOUNTS, "--policy", policy);
    EncodedListFile.EncodedList list = EncodedListFile.read(venn);
    assertThat(decompressed(venn)).doesNotContain("Customer").doesNotContain("Prospect");
    Map<String, String> labels = new HashMap<>();
    BlindRecords mine = new BlindRecords(BlindRecords.readSecret(secret), NONCE);
    BlindRecords partner = new BlindRecords(BlindRecords.readSecret(partnerSecret), NONCE);
    for (EncodedListFile.Population p : list.header().populations()) {
      String label = mine.openLabel(true, p.key(), p.sealedLabel());
      assertThat(partner.openLabel(false, p.key(), p.sealedLabel())).isEqualTo(label);
      labels.put(label, p.key());
      assertThat(p.declared()).isEqualTo(label.equals("Customer") ? io.venn.view.PopulationPolicy.overlaps("name")
          : io.venn.view.PopulationPolicy.COUNTS);
    }
    assertThat(labels).containsOnlyKeys("Customer", "Prospect");
    assertThat(list.accounts()).extracting(EncodedAccount::population).containsExactly(labels.get("Customer"), labels.get("Prospect"));
  }

  /** Records are encoded in parallel batches: the file still has them in input order, each with its own sealed id. */
  @Test
  void encode_severalBatches_recordsInInputOrder() throws Exception {
    StringBuilder csv = new StringBuilder("Id,Name,Website,Country,Type\n");
    int n = 9000;
    for (int i = 0; i < n; i++) {
      csv.append("id-").append(i).append(",Company ").append(Integer.toString(i, 26)).append(" Ltd,c").append(i).append(".com,GB,")
          .append(i % 3 == 0 ? "Customer" : "Prospect").append('\n');
    }
    Path venn = encode("big", csv.toString());
    EncodedListFile.EncodedList list = EncodedListFile.read(venn);
    assertThat(list.accounts()).hasSize(n);
    ReleaseKey release = ReleaseKey.parse(Files.readString(Path.of(venn + ".release")));
    BlindRecords owner = new BlindRecords(BlindRecords.readSecret(secret), NONCE);
    Set<String> refs = new HashSet<>();
    for (int i = 0; i < n; i++) {
      EncodedAccount a = list.accounts().get(i);
      assertThat(refs.add(a.ref())).isTrue();
      Map<String, String> opened = owner.open(true, a.ref(), release.share(a.ref()), Map.of("id", list.header().sealedField(a.sealed(), 0)));
      assertThat(opened.get("id")).isEqualTo("id-" + i);
    }
    assertThat(list.header().populations()).hasSize(2);
  }

  @Test
  void encode_policyNamingAPopulationTheListDoesNotHave_warns() throws IOException {
    Path policy = Files.writeString(dir.resolve("sharing.json"), "{\"populations\": {\"Customers\": {\"level\": \"HIDDEN\"}}}");
    Path in = Files.writeString(dir.resolve("ours.csv"), ACCOUNTS);
    VennCliTest.Result r = encodeWithPolicy(in, policy);
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("venn: warning: " + policy + " names population 'Customers', which " + in
        + " does not have (its populations: Customer, Prospect)" + System.lineSeparator());
  }

  @Test
  void encode_policyFileWithAnUnknownLevel_refusedNamingTheEntry() throws IOException {
    Path policy = Files.writeString(dir.resolve("sharing.json"), "{\"populations\": {\"Customer\": {\"level\": \"EVERYTHING\"}}}");
    Path in = Files.writeString(dir.resolve("ours.csv"), ACCOUNTS);
    VennCliTest.Result r = encodeWithPolicy(in, policy);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("venn: " + policy + ": populations.Customer: level must be HIDDEN, COUNTS or OVERLAPS, was 'EVERYTHING'");
    assertThat(dir.resolve("o.venn")).doesNotExist();
  }

  /** {@code venn encode} of {@code in} into o.venn with {@code --policy policy}. */
  private VennCliTest.Result encodeWithPolicy(Path in, Path policy) {
    return run("encode", "--secret-file", secret, "--job-nonce", NONCE, "--in", in, "--out", dir.resolve("o.venn"), "--policy", policy);
  }

  static Map<String, byte[]> fields(EncodedListFile.EncodedList list, EncodedAccount a) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (int i = 0; i < list.header().sealedFields().size(); i++) {
      out.put(list.header().sealedFields().get(i), list.header().sealedField(a.sealed(), i));
    }
    assertThat(a.sealed()).hasSize(list.header().sealedFields().size() * Sealer.SEALED_BYTES);
    return out;
  }

  @Test
  void encode_refsAndTokensDoNotLinkAcrossJobs() throws IOException {
    Path in = Files.writeString(dir.resolve("ours.csv"), ACCOUNTS);
    EncodedAccount once = EncodedListFile.read(encodeFile("a", in, secret, NONCE)).accounts().get(0);
    EncodedAccount again = EncodedListFile.read(encodeFile("b", in, secret, NONCE)).accounts().get(0);
    EncodedAccount otherJob = EncodedListFile.read(encodeFile("c", in, secret, "job-2026-12-03-a")).accounts().get(0);
    assertThat(again.ref()).as("refs are fresh each run").isNotEqualTo(once.ref());
    assertThat(again.nameTokens()).as("same job: tokens agree, so the partners' lists match").isEqualTo(once.nameTokens());
    assertThat(otherJob.nameTokens()).doesNotContain(once.nameTokens());
    assertThat(otherJob.domain()).isNotEqualTo(once.domain());
  }

  @Test
  void encode_nonceFromTheJobFileTheServiceReturned() throws IOException {
    Path in = Files.writeString(dir.resolve("ours.csv"), ACCOUNTS);
    Path job = Files.writeString(dir.resolve("job.json"), "{\"id\":\"j1\",\"nonce\":\"" + NONCE + "\",\"status\":\"AWAITING_LISTS\"}");
    VennCliTest.Result r = run("encode", "--secret-file", secret, "--job", job, "--in", in, "--out", dir.resolve("o.venn"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(EncodedListFile.read(dir.resolve("o.venn")).header().nonce()).isEqualTo(NONCE);
  }

  @Test
  void encode_withoutANonce_refused() throws IOException {
    Path in = Files.writeString(dir.resolve("ours.csv"), ACCOUNTS);
    VennCliTest.Result r = run("encode", "--secret-file", secret, "--in", in, "--out", dir.resolve("o.venn"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("venn: --job-nonce: give the job's nonce with --job-nonce N, or the job file");
  }

  /** The examples (300 and 296 records) encoded by each side: the counts a third-party matcher prints. */
  private Map<String, JsonNode> matrix(Path left, Path right) throws IOException {
    return matrix(left, right, Map.of(), Map.of());
  }

  /** The matrix with population tokens (a third-party matcher sees only those) mapped to labels by their owners. */
  private Map<String, JsonNode> matrix(Path left, Path right, Map<String, String> leftLabels, Map<String, String> rightLabels) throws IOException {
    Path matrix = dir.resolve("matrix-" + left.getFileName() + ".json");
    VennCliTest.Result r = run("match", "--left", left, "--right", right, "--matrix", matrix);
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, JsonNode> cells = new HashMap<>();
    new ObjectMapper().readTree(matrix.toFile()).path("cells").forEach(c -> cells.put(
        leftLabels.getOrDefault(c.path("left").asText(), c.path("left").asText()) + "|"
            + rightLabels.getOrDefault(c.path("right").asText(), c.path("right").asText()), c));
    return cells;
  }

  /** Population token -> label, as the list's owner opens them. */
  private static Map<String, String> labels(Path venn, Path secretFile) throws Exception {
    EncodedListFile.EncodedList list = EncodedListFile.read(venn);
    BlindRecords owner = new BlindRecords(BlindRecords.readSecret(secretFile), list.header().nonce());
    Map<String, String> out = new HashMap<>();
    for (EncodedListFile.Population p : list.header().populations()) {
      out.put(p.key(), owner.openLabel(true, p.key(), p.sealedLabel()));
    }
    return out;
  }

  /**
   * Blind encodings give up some features against frequency analysis (BlindProfile), so a count may
   * differ from plaintext by one; a small count is never shown as a number.
   */
  @Test
  void match_encodedMatrixCloseToPlaintext_smallCellsAsLessThanK() throws Exception {
    Path ours = encodeFile("ours", EXAMPLES.resolve("our-accounts.csv"), secret, NONCE);
    Path theirs = encodeFile("theirs", EXAMPLES.resolve("partner-accounts.csv"), partnerSecret, NONCE);
    Map<String, JsonNode> blind = matrix(ours, theirs, labels(ours, secret), labels(theirs, partnerSecret));
    Map<String, JsonNode> plain = matrix(EXAMPLES.resolve("our-accounts.csv"), EXAMPLES.resolve("partner-accounts.csv"));
    assertThat(blind.keySet()).isEqualTo(plain.keySet());
    int suppressed = 0;
    int plainTotal = 0;
    int blindTotal = 0;
    for (String cell : plain.keySet()) {
      JsonNode b = blind.get(cell);
      int n = plain.get(cell).path("overlaps").asInt();
      if (b.has("overlaps")) {
        assertThat(b.path("overlaps").asInt()).as(cell).isGreaterThanOrEqualTo(3).isCloseTo(n, org.assertj.core.data.Offset.offset(1));
        plainTotal += n;
        blindTotal += b.path("overlaps").asInt();
      } else {
        suppressed++;
        assertThat(b.path("display").asText()).isEqualTo("< 3");
        assertThat(n).as(cell).isLessThanOrEqualTo(3);
      }
    }
    assertThat(suppressed).as("the examples have small cells").isPositive();
    assertThat(blindTotal).isCloseTo(plainTotal, org.assertj.core.data.Percentage.withPercentage(5));
  }

  @Test
  void match_listsEncodedForDifferentJobs_refused() throws IOException {
    Path ours = encodeFile("ours", EXAMPLES.resolve("our-accounts.csv"), secret, NONCE);
    Path theirs = encodeFile("theirs", EXAMPLES.resolve("partner-accounts.csv"), partnerSecret, "job-2026-12-03-a");
    VennCliTest.Result r = run("match", "--left", ours, "--right", theirs);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("venn: " + theirs + ": was encoded for job nonce job-2026-12-03-a but " + ours + " for " + NONCE
        + "; both sides must encode under the same job nonce" + System.lineSeparator());
  }

  @Test
  void match_encodedListBelowTheMinimumSize_refused() throws IOException {
    Path ours = encodeFile("ours", EXAMPLES.resolve("our-accounts.csv"), secret, NONCE);
    Path probe = encode("probe", ACCOUNTS);
    VennCliTest.Result r = run("match", "--left", ours, "--right", probe);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("venn: " + probe + ": has 2 records; encoded lists need at least 100");
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
    VennCliTest.Result r = run("encode", "--secret-file", secret, "--job-nonce", NONCE, "--in", in, "--out", out);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly(in + ":2 [name]: neither a name nor a domain: nothing to match on",
        "venn: " + in + ": no usable record (each needs a name or a domain); nothing to encode");
    assertThat(out).doesNotExist();
    assertThat(Path.of(out + ".release")).doesNotExist();
  }
}
