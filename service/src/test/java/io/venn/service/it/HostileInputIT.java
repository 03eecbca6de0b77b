package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.service.support.Api;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 11's hostile inputs over real HTTP: each used to be a 500 (or a leak); each must now be a 400
 * problem that names the file and what is wrong, and store nothing. {@link HostileInputPostgresIT}
 * runs the same on PostgreSQL, which is stricter (NUL in text).
 */
class HostileInputIT extends ItBase {
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> databaseIn("hostile"));
  }

  static Stream<Arguments> hostileFiles() {
    String header = "Account ID,Account Name,Website,Type\n";
    String good = "a1,Siemens AG,siemens.com,Customers\n";
    StringBuilder bomb = new StringBuilder(header);
    for (int i = 0; i < 101; i++) {
      bomb.append("b").append(i).append(",Company ").append(i).append(",c").append(i).append(".com,Population ").append(i).append('\n');
    }
    StringBuilder wide = new StringBuilder("Name,Website");
    StringBuilder wideRow = new StringBuilder("Acme,acme.com");
    for (int i = 0; i < 201; i++) {
      wide.append(",extra").append(i);
      wideRow.append(",v").append(i);
    }
    return Stream.of(
        Arguments.of("sep= names a line break", "sep=\n" + header + good, "cannot be read as CSV"),
        Arguments.of("sep= names a quote", "sep=\"\n" + header + good, "cannot be read as CSV"),
        Arguments.of("sep= names a carriage return", "sep=\r\n" + header + good, "cannot be read as CSV"),
        Arguments.of("a line over 4 MiB", header + "a1,\"" + "x".repeat(4 * 1024 * 1024 + 10) + "\",acme.com,C\n", "venn.limits.line-bytes"),
        Arguments.of("an unclosed quote over 4 MiB of short lines", header + "a1,\"Acme\n" + "yyyyyyyyyy\n".repeat(450_000), "unterminated quote"),
        Arguments.of("a NUL in a value", header + "a1,Sie\0mens AG,siemens.com,Customers\n" + good, "NUL"),
        Arguments.of("a NUL in a header", "Account ID,Account Name,Website,Ty\0pe,Ow\0ner\n" + "a1,Siemens AG,siemens.com,Customers,x\n", "NUL"),
        Arguments.of("a population bomb (101 populations)", bomb.toString(), "venn.limits.populations-per-list"),
        Arguments.of("201 extra columns", wide + "\n" + wideRow + "\n", "venn.limits.columns"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  void upload_hostileFile_is400ProblemNamingFileAndStoresNothing(String why, String csv, String detailPart) {
    Org org = scenario.signUp("Hostile " + why.hashCode());
    long lists = count("account_lists");
    long records = count("list_records");

    Api.Response r = api.postCsv(org.key(), "/api/v1/lists?name=hostile.csv", csv);

    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.text("detail")).contains("hostile.csv").containsIgnoringCase(detailPart);
    assertThat(count("account_lists")).isEqualTo(lists);
    assertThat(count("list_records")).isEqualTo(records);
  }

  @Test
  void upload_limitProblemNamesTheSetting() {
    Org org = scenario.signUp("Bomber");
    StringBuilder bomb = new StringBuilder("Name,Website,Segment\n");
    for (int i = 0; i < 20_000; i++) {
      bomb.append("Company ").append(i).append(",c").append(i).append(".com,P").append(i).append('\n');
    }
    Api.Response r = api.postCsv(org.key(), "/api/v1/lists?name=bomb.csv", bomb.toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.text("limit")).isEqualTo("venn.limits.populations-per-list");
    assertThat(r.json().path("value").asInt()).isEqualTo(100);
    assertThat(r.text("detail")).contains("line 102", "at most 100 populations");
  }

  @Test
  void upload_multipartWithoutBoundary_is400Problem() throws Exception {
    Org org = scenario.signUp("No boundary");
    HttpResponse<String> r =
        send(org, "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nName\nAcme\n\r\n--x--\r\n");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(r.body()).contains("boundary");
    assertThat(api.get(org.key(), "/api/v1/lists").json().size()).isZero();
  }

  @Test
  void upload_multipartFileNameWithNul_is400Problem() throws Exception {
    Org org = scenario.signUp("Nul name");
    String boundary = "venn" + System.nanoTime();
    String body =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"acc\0ounts.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n" + Scenario.ACME_CSV + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> r = send(org, "multipart/form-data; boundary=" + boundary, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(api.get(org.key(), "/api/v1/lists").json().size()).isZero();
  }

  /** The reader keeps the first 10,000 issues; the count must still be exact, as documented. */
  @Test
  void upload_rejectedCountIsExactBeyondTenThousand() {
    Org org = scenario.signUp("Many rejects");
    StringBuilder csv = new StringBuilder("Account ID,Account Name,Website\n");
    for (int i = 0; i < 10_050; i++) {
      csv.append("r").append(i).append(",,\n");
    }
    csv.append("ok1,Siemens AG,siemens.com\n");
    Api.Response r = api.postCsv(org.key(), "/api/v1/lists?name=rejects.csv", csv.toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().path("rejectedCount").asLong()).isEqualTo(10_050);
    assertThat(r.json().path("accepted").asLong()).isEqualTo(1);
    assertThat(r.json().path("rejected").size()).isEqualTo(1000);
  }

  /** An organization that was only invited must not learn the inviter's HIDDEN populations either. */
  @Test
  void invitedOrganization_neverSeesInvitersHiddenPopulations() {
    Org inviter = scenario.signUp("Inviter");
    Org invited = scenario.signUp("Invited");
    String id = api.post(inviter.key(), "/api/v1/partnerships", Map.of("partnerId", invited.id())).text("id");
    Map<String, Object> sharing =
        Map.of("default", Map.of("level", "COUNTS"), "populations", Map.of("Secret Acquisitions", Map.of("level", "HIDDEN")));
    assertThat(api.put(inviter.key(), "/api/v1/partnerships/" + id + "/sharing", sharing).status()).isEqualTo(200);

    assertThat(api.get(invited.key(), "/api/v1/partnerships/" + id).body()).doesNotContain("Secret Acquisitions");
    assertThat(api.get(invited.key(), "/api/v1/partnerships").body()).doesNotContain("Secret Acquisitions");
    assertThat(api.get(invited.key(), "/api/v1/audit").body()).contains("SHARING_CHANGED").doesNotContain("Secret Acquisitions");
  }

  @Test
  void openApi_hasNoCallerParameterAndDocumentsTheRawCsvBody() {
    JsonNode docs = api.get(null, "/v3/api-docs").json();
    List<String> parameters = new ArrayList<>();
    docs.path("paths").forEach(path -> path.forEach(op -> op.path("parameters").forEach(p -> parameters.add(p.path("name").asText()))));
    assertThat(parameters).isNotEmpty().doesNotContain("caller");
    JsonNode upload = docs.path("paths").path("/api/v1/lists").path("post");
    assertThat(upload.path("requestBody").path("content").has("text/csv")).as(upload.toString()).isTrue();
  }

  private HttpResponse<String> send(Org org, String contentType, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/lists"))
            .header("Authorization", "Bearer " + org.key())
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private long count(String table) {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    return n == null ? 0 : n;
  }
}
