package io.venn.service.it;

import static io.venn.service.support.BlindFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.encode.EncodedAccount;
import io.venn.encode.PartnershipSecret;
import io.venn.encode.ReleaseKey;
import io.venn.encode.Sealer;
import io.venn.encode.io.EncodedListFile;
import io.venn.service.support.Api;
import io.venn.service.support.BlindFlow;
import io.venn.service.support.BlindFlow.Company;
import io.venn.service.support.BlindFlow.Machine;
import io.venn.service.support.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole blind-mode partnership through the service, each company's CLI in its own folder: keygen,
 * keys registered, secret on both sides, a job, encode, upload, match, views, open. Then what the
 * service kept and what it gave the partner are searched for anything of either input list.
 */
@ExtendWith(OutputCaptureExtension.class)
class BlindModeIT extends ItBase {
  private static Path dataDir;

  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) throws IOException {
    dataDir = Files.createTempDirectory("venn-blind-data");
    r.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("venn") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
  }

  @Autowired DataSource dataSource;

  /** Acme (inviter) and Globex: 150 records each, the first 60 the same companies. */
  record Partnership(String id, Machine acme, Machine globex, List<Company> acmeList, List<Company> globexList, String jobId) {}

  private static final int OVERLAP = 60;

  /** Population labels, unlike any word elsewhere, so the scan can look for them. */
  private static final String ACME_CUSTOMERS = "Customers Kestrelwood";
  private static final String ACME_OPEN = "Open Opportunities Vandermeer";
  private static final String CUSTOMERS = "Customers Halvorsen";
  private static final String PROSPECTS = "Prospects Marigoldia";
  private static final String PARTNERS = "Partners Quillfeather";
  private static final List<String> LABELS = List.of(ACME_CUSTOMERS, ACME_OPEN, CUSTOMERS, PROSPECTS, PARTNERS);

  /**
   * Globex's sharing policy by label: it stays on Globex's machine and is declared in its encoded
   * list, since the service knows populations only as tokens. Customers released (name, domain),
   * Prospects counts only (the default), Partners hidden.
   */
  private static final String GLOBEX_SHARING = "{\"default\": {\"level\": \"COUNTS\"}, \"populations\": {\"" + CUSTOMERS
      + "\": {\"level\": \"OVERLAPS\", \"fields\": [\"name\", \"domain\"]}, \"" + PARTNERS + "\": {\"level\": \"HIDDEN\"}}}";

  private Partnership run(String label) throws IOException {
    BlindFlow flow = new BlindFlow(api);
    Random random = new Random(label.hashCode());
    List<Company> acmeList = new ArrayList<>();
    List<Company> globexList = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      Company a = BlindFlow.company(random, "ACME", i, i % 2 == 0 ? ACME_CUSTOMERS : ACME_OPEN);
      acmeList.add(a);
      String globexPopulation = switch (i % 3) {
        case 0 -> CUSTOMERS;
        case 1 -> PROSPECTS;
        default -> PARTNERS;
      };
      globexList.add(i < OVERLAP ? BlindFlow.sameCompany(a, random, "GLBX", i, globexPopulation)
          : BlindFlow.company(random, "GLBX", i, globexPopulation));
    }
    Scenario.Org acmeOrg = scenario.signUp("Acme " + label);
    Scenario.Org globexOrg = scenario.signUp("Globex " + label);
    String p = ok(api.post(acmeOrg.key(), "/api/v1/partnerships", Map.of("partnerId", globexOrg.id()))).text("id");
    ok(api.post(globexOrg.key(), "/api/v1/partnerships/" + p + "/accept", null));
    // Globex declares its policy by label at encode time (GLOBEX_SHARING); Acme's, held by the service, names no population.
    ok(api.put(acmeOrg.key(), "/api/v1/partnerships/" + p + "/sharing",
        Map.of("default", Map.of("level", "OVERLAPS", "fields", List.of("name")))));

    Machine acme = BlindFlow.machine(acmeOrg);
    Machine globex = BlindFlow.machine(globexOrg);
    flow.agreeSecret(p, acme, globex);
    assertThat(Files.readString(acme.file("partnership.secret")).lines().skip(3).findFirst())
        .isEqualTo(Files.readString(globex.file("partnership.secret")).lines().skip(3).findFirst());

    Api.Response job = api.post(acmeOrg.key(), "/api/v1/partnerships/" + p + "/blind/jobs", null);
    assertThat(job.status()).as(job.toString()).isEqualTo(201);
    String jobId = job.text("id");
    assertThat(job.text("status")).isEqualTo("AWAITING_LISTS");
    ok(flow.encodeAndUpload(acme, jobId, BlindFlow.csv(acmeList), "name,domain,owner"));
    ok(flow.encodeAndUpload(globex, jobId, BlindFlow.csv(globexList), "name,domain,owner", GLOBEX_SHARING));
    assertThat(flow.await(acmeOrg, jobId).path("status").asText()).isEqualTo("SUCCEEDED");
    return new Partnership(p, acme, globex, acmeList, globexList, jobId);
  }

  @Test
  void blindPartnership_eachSideOpensOnlyWhatThePartnerReleases() throws IOException {
    Partnership run = run("views");
    BlindFlow flow = new BlindFlow(api);

    // Acme sees Globex's Customers among the overlaps, with the name and domain Globex releases, never the owner.
    List<String> acmeRows = flow.viewAndOpen(run.acme(), run.jobId());
    assertThat(acmeRows.get(0)).isEqualTo("mine_id,mine_population,theirs_population,score,theirs_name,theirs_domain");
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < OVERLAP; i += 3) {
      Company a = run.acmeList().get(i);
      expected.add(a.id() + "," + a.population() + "," + CUSTOMERS + "," + a.name() + "," + a.domain());
    }
    assertThat(acmeRows.subList(1, acmeRows.size()).stream().map(BlindModeIT::withoutScore).toList())
        .containsExactlyInAnyOrderElementsOf(expected);

    // Globex sees every overlap with Acme's name (Acme's policy), and its own ids.
    List<String> globexRows = flow.viewAndOpen(run.globex(), run.jobId());
    assertThat(globexRows).hasSize(OVERLAP + 1);
    assertThat(globexRows.get(0)).isEqualTo("mine_id,mine_population,theirs_population,score,theirs_name");

    // Counts: Acme's matrix has Globex's Customers and Prospects, not Partners; Prospects (counts only) gives numbers.
    // The service serves populations as tokens; 'venn open' shows the labels.
    Api.Response viewResponse = ok(api.get(run.acme().org().key(), "/api/v1/blind/jobs/" + run.jobId() + "/view"));
    JsonNode view = viewResponse.json();
    Map<String, String> globexTokens = tokens(run.globex(), run.jobId(), List.of(CUSTOMERS, PROSPECTS, PARTNERS));
    Set<String> columns = new HashSet<>();
    view.path("cells").forEach(c -> columns.add(c.path("theirs").asText()));
    assertThat(columns).containsExactlyInAnyOrder(globexTokens.get(CUSTOMERS), globexTokens.get(PROSPECTS));
    assertThat(viewResponse.body()).as("a HIDDEN population does not exist for the partner").doesNotContain(globexTokens.get(PARTNERS));
    LABELS.forEach(label -> assertThat(viewResponse.body()).doesNotContain(label));
    int prospects = 0;
    for (JsonNode c : view.path("cells")) {
      if (c.path("theirs").asText().equals(globexTokens.get(PROSPECTS))) {
        prospects += c.path("overlaps").asInt();
      }
    }
    assertThat(prospects).isEqualTo(OVERLAP / 3);
    String opened = Files.readString(run.acme().file("open.txt"));
    assertThat(opened).contains(CUSTOMERS, PROSPECTS, ACME_CUSTOMERS, ACME_OPEN).doesNotContain(PARTNERS);
    assertThat(Files.readString(run.globex().file("open.txt"))).contains(CUSTOMERS, PROSPECTS, PARTNERS, ACME_CUSTOMERS, ACME_OPEN);

    // Both sides' audit logs hold the job.
    for (Machine m : List.of(run.acme(), run.globex())) {
      String audit = ok(api.get(m.org().key(), "/api/v1/audit")).body();
      assertThat(audit).contains("BLIND_JOB_REQUESTED").contains("BLIND_JOB_SUCCEEDED").contains(run.jobId());
    }
  }

  /** The tokens a company's list carries for its labels, as its own machine computes them. */
  private Map<String, String> tokens(Machine m, String jobId, List<String> labels) throws IOException {
    PartnershipSecret secret = PartnershipSecret.parse(Files.readString(m.file("partnership.secret")));
    String nonce = EncodedListFile.read(m.file("accounts.venn")).header().nonce();
    io.venn.encode.BlindProfile profile = io.venn.encode.BlindProfile.of(secret.jobKey(nonce));
    Map<String, String> out = new java.util.HashMap<>();
    labels.forEach(l -> out.put(l, profile.population(secret.side(), l)));
    return out;
  }

  private static String withoutScore(String row) {
    String[] f = row.split(",", -1);
    return String.join(",", f[0], f[1], f[2], f[4], f[5]);
  }

  @Test
  void blindPartnership_noInputValueInAnyTableFileOrLogLine(CapturedOutput output) throws Exception {
    Partnership run = run("scan");
    BlindFlow flow = new BlindFlow(api);
    flow.viewAndOpen(run.acme(), run.jobId());
    flow.viewAndOpen(run.globex(), run.jobId());

    List<String> secrets = new ArrayList<>();
    Stream.concat(run.acmeList().stream(), run.globexList().stream()).forEach(c -> secrets.addAll(c.secrets()));
    assertThat(secrets).hasSizeGreaterThan(2000);
    // Population labels: neither in full nor their distinctive word ("Kestrelwood"; "Customers" is in API paths and messages).
    for (String label : LABELS) {
      secrets.add(label);
      secrets.add(label.substring(label.lastIndexOf(' ') + 1));
    }

    StringBuilder stored = new StringBuilder();
    int tables = 0;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet t = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
        while (t.next()) {
          names.add(t.getString(1));
        }
      }
      assertThat(names).contains("blind_lists", "blind_jobs", "blind_matches", "audit_events");
      for (String table : names) {
        tables++;
        try (ResultSet rows = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
          ResultSetMetaData meta = rows.getMetaData();
          while (rows.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object v = rows.getObject(i);
              stored.append(v instanceof byte[] bytes ? readable(bytes) : String.valueOf(v)).append('\n');
            }
          }
        }
      }
    }
    assertThat(tables).isGreaterThan(8);
    assertThat(stored.toString()).contains(io.venn.encode.io.EncodedListFile.MAGIC); // the stored lists were read, decompressed
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        stored.append(readable(Files.readAllBytes(f)));
      }
    }
    String logs = output.getAll();
    assertThat(logs).contains("Blind job " + run.jobId() + " matched 150 x 150 encoded records");

    // Exact case and lower case (what the normalizer makes of it), against the text as it is: base64
    // is case-sensitive, so folding it would make chance hits of words likely.
    String haystack = stored + "\n" + logs;
    for (String secret : Stream.concat(secrets.stream(), secrets.stream().map(v -> v.toLowerCase(Locale.ROOT))).toList()) {
      int at = haystack.indexOf(secret);
      assertThat(at).as("input value '%s' kept by the service: ...%s...", secret,
          at < 0 ? "" : haystack.substring(Math.max(0, at - 100), Math.min(haystack.length(), at + 100))).isNegative();
    }
  }

  /** Bytes as text for the scan: as UTF-8 and Latin-1, and decompressed when gzip (an encoded list). */
  private static String readable(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.ISO_8859_1);
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        text += new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return text;
  }

  /**
   * Globex holds the secret and, as if it had leaked, Acme's whole encoded file; it gets everything
   * the service gives it. Acme's records that do not overlap still open with nothing it has.
   */
  @Test
  void partnerWithTheSecret_cannotOpenANonOverlappingRecord() throws Exception {
    Partnership run = run("partner");
    Machine globex = run.globex();
    Scenario.Org g = globex.org();
    String p = run.id();
    List<Api.Response> given = new ArrayList<>(List.of(
        ok(api.get(g.key(), "/api/v1/blind/jobs/" + run.jobId())),
        ok(api.get(g.key(), "/api/v1/blind/jobs/" + run.jobId() + "/view")),
        ok(api.get(g.key(), "/api/v1/partnerships/" + p)),
        ok(api.get(g.key(), "/api/v1/partnerships/" + p + "/blind/key")),
        ok(api.get(g.key(), "/api/v1/audit")),
        ok(api.get(g.key(), "/api/v1/lists"))));
    String everything = String.join("\n", given.stream().map(Api.Response::body).toList());

    EncodedListFile.EncodedList acmeFile = EncodedListFile.read(run.acme().file("accounts.venn"));
    ReleaseKey acmeRelease = ReleaseKey.parse(Files.readString(run.acme().file("accounts.venn.release")));
    PartnershipSecret secret = PartnershipSecret.parse(Files.readString(globex.file("partnership.secret")));
    Sealer sealer = Sealer.forJob(secret.jobKey(acmeFile.header().nonce()));
    Base64.Decoder b64 = Base64.getUrlDecoder();

    // Every share Globex received, and the refs they came with.
    List<byte[]> shares = new ArrayList<>();
    Set<String> releasedRefs = new HashSet<>();
    for (JsonNode o : given.get(1).json().path("overlaps")) {
      shares.add(b64.decode(o.path("theirs").path("share").asText()));
      releasedRefs.add(o.path("theirs").path("ref").asText());
    }
    assertThat(releasedRefs).hasSize(OVERLAP);

    int nonOverlapping = 0;
    for (EncodedAccount a : acmeFile.accounts()) {
      byte[] trueShare = acmeRelease.share(a.ref());
      String trueShareText = Base64.getUrlEncoder().withoutPadding().encodeToString(trueShare);
      byte[] nameBlock = acmeFile.header().sealedField(a.sealed(), 1);
      if (releasedRefs.contains(a.ref())) {
        assertThat(sealer.record(secret.otherSide(), a.ref(), trueShare).open("name", nameBlock)).isNotEmpty();
        continue;
      }
      nonOverlapping++;
      assertThat(everything).as("the share of a non-overlapping record").doesNotContain(trueShareText);
      for (String field : acmeFile.header().sealedFields()) {
        byte[] block = acmeFile.header().sealedField(a.sealed(), acmeFile.header().sealedFields().indexOf(field));
        for (byte[] share : shares) {
          assertThatThrownBy(() -> sealer.record(secret.otherSide(), a.ref(), share).open(field, block))
              .isInstanceOf(GeneralSecurityException.class);
        }
        assertThatThrownBy(() -> sealer.record(secret.otherSide(), a.ref(), new byte[32]).open(field, block))
            .isInstanceOf(GeneralSecurityException.class);
      }
    }
    assertThat(nonOverlapping).isEqualTo(150 - OVERLAP);
  }
}
