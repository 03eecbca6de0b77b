package io.venn.service.it;

import static io.venn.service.support.BlindFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.venn.encode.io.EncodedListFile;
import io.venn.service.support.Api;
import io.venn.service.support.BlindFlow;
import io.venn.service.support.BlindFlow.Company;
import io.venn.service.support.BlindFlow.Machine;
import io.venn.service.support.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The refusals of blind mode: mixed list kinds, tiny lists, another job's list, re-matching too often. */
class BlindRulesIT extends ItBase {
  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> databaseIn("blind-rules"));
    r.add("venn.blind.min-list-size", () -> "3");
    r.add("venn.blind.jobs-per-day", () -> "2");
  }

  record Pair(String partnershipId, Machine acme, Machine globex) {}

  private Pair partnership(BlindFlow flow) throws IOException {
    Scenario.Org a = scenario.signUp("Acme");
    Scenario.Org g = scenario.signUp("Globex");
    String p = ok(api.post(a.key(), "/api/v1/partnerships", Map.of("partnerId", g.id()))).text("id");
    ok(api.post(g.key(), "/api/v1/partnerships/" + p + "/accept", null));
    Machine acme = BlindFlow.machine(a);
    Machine globex = BlindFlow.machine(g);
    flow.agreeSecret(p, acme, globex);
    return new Pair(p, acme, globex);
  }

  private static String companies(int n, long seed) {
    Random random = new Random(seed);
    List<Company> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(BlindFlow.company(random, "ID", i, "Customers"));
    }
    return BlindFlow.csv(out);
  }

  private String newJob(Pair p) {
    Api.Response r = api.post(p.acme().org().key(), "/api/v1/partnerships/" + p.partnershipId() + "/blind/jobs", null);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.text("id");
  }

  private static void assertProblem(Api.Response r, int status, String detail) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.text("detail")).contains(detail);
  }

  @Test
  void blindJob_refusesPlaintextTinyAndForeignLists_andAcceptsOneListPerSide() throws IOException {
    BlindFlow flow = new BlindFlow(api);
    Pair p = partnership(flow);
    String job = newJob(p);
    Scenario.Org acme = p.acme().org();

    Api.Response csv = flow.upload(acme, job, companies(5, 1).getBytes(StandardCharsets.UTF_8), "x".getBytes(StandardCharsets.UTF_8));
    assertProblem(csv, 400, "release: not a release key");
    Files.writeString(p.acme().file("release"), "venn-release v1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n");
    csv = flow.upload(acme, job, companies(5, 1).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(p.acme().file("release")));
    assertProblem(csv, 400, "A blind job takes only encoded lists written by 'venn encode'; plaintext and blind lists are never matched together");

    assertProblem(flow.encodeAndUpload(p.acme(), job, companies(2, 2), "name"), 400,
        "list: 2 records; a blind list needs at least 3 (venn.blind.min-list-size)");

    Files.writeString(p.acme().file("other.csv"), companies(5, 3));
    BlindFlow.cli("encode", "--secret-file", p.acme().file("partnership.secret"), "--job-nonce", "some-other-job", "--in",
        p.acme().file("other.csv"), "--out", p.acme().file("other.venn"));
    assertProblem(flow.upload(acme, job, Files.readAllBytes(p.acme().file("other.venn")), Files.readAllBytes(p.acme().file("other.venn.release"))),
        400, "list: encoded for another job (nonce some-other-job)");

    // A list without its population table (labels not keyed and sealed), and a version-2 file (labels in clear).
    String nonce = ok(api.get(acme.key(), "/api/v1/blind/jobs/" + job)).text("nonce");
    BlindFlow.cli("encode", "--secret-file", p.acme().file("partnership.secret"), "--job-nonce", nonce, "--in",
        p.acme().file("other.csv"), "--out", p.acme().file("tokens.venn"));
    EncodedListFile.EncodedList tokens = EncodedListFile.read(p.acme().file("tokens.venn"));
    java.io.ByteArrayOutputStream untabled = new java.io.ByteArrayOutputStream();
    try (EncodedListFile.ListWriter w = EncodedListFile.writer(untabled,
        new EncodedListFile.Header(nonce, tokens.header().sealedFields(), tokens.header().priors()))) {
      for (io.venn.encode.EncodedAccount a : tokens.accounts()) {
        w.write(a);
      }
    }
    byte[] release = Files.readAllBytes(p.acme().file("tokens.venn.release"));
    assertProblem(flow.upload(acme, job, untabled.toByteArray(), release), 400, "list: no population table");
    java.io.ByteArrayOutputStream v2 = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(v2)) {
      z.write(("venn-encoded v2\njob\t" + nonce + "\tid\npriors\t1\t\n").getBytes(StandardCharsets.UTF_8));
    }
    assertProblem(flow.upload(acme, job, v2.toByteArray(), release), 400, "unsupported format 'venn-encoded v2'");

    ok(flow.encodeAndUpload(p.acme(), job, companies(5, 4), "name"));
    assertProblem(flow.encodeAndUpload(p.acme(), job, companies(5, 4), "name"), 409, "You already uploaded your list");

    // The encoded list sent to the plaintext upload.
    Api.Response plain = api.send(acme.key(), "POST", "/api/v1/lists", "not really", "application/vnd.venn.encoded", Map.of());
    assertProblem(plain, 400, "This is an encoded (blind-mode) list. Plaintext and blind lists are never matched together");
  }

  @Test
  void blindJobs_beyondTheDailyLimit_429WithRetryAfter() throws IOException {
    BlindFlow flow = new BlindFlow(api);
    Pair p = partnership(flow);
    for (int i = 0; i < 2; i++) {
      String job = newJob(p);
      assertProblem(api.post(p.acme().org().key(), "/api/v1/partnerships/" + p.partnershipId() + "/blind/jobs", null), 409,
          "still awaiting lists or running");
      ok(flow.encodeAndUpload(p.acme(), job, companies(4, 10 + i), "name"));
      ok(flow.encodeAndUpload(p.globex(), job, companies(4, 20 + i), "name"));
      assertThat(flow.await(p.acme().org(), job).path("status").asText()).isEqualTo("SUCCEEDED");
    }
    Api.Response third = api.post(p.globex().org().key(), "/api/v1/partnerships/" + p.partnershipId() + "/blind/jobs", null);
    assertProblem(third, 429, "has started 2 blind jobs in the last 24 hours");
    long retryAfter = Long.parseLong(third.raw().headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(23 * 3600L, 24 * 3600L);
    String audit = ok(api.get(p.acme().org().key(), "/api/v1/audit")).body();
    assertThat(audit).contains("BLIND_JOB_REFUSED");
  }
}
