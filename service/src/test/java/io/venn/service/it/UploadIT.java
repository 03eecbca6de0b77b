package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.service.list.ListService;
import io.venn.service.support.Api;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Uploads: the report, multipart, streaming of big files, and that a failed upload stores nothing. */
class UploadIT extends ItBase {
  @Autowired JdbcTemplate jdbc;
  @Autowired ListService lists;

  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> databaseIn("upload"));
  }

  @Test
  void upload_reportsCountsPopulationsAndRejectedLines() {
    Org acme = scenario.signUp("Acme");
    String csv =
        """
        Account ID,Account Name,Website,Type
        a1,Siemens AG,siemens.com,Customers
        a2,,,Customers
        a3,Shopify Inc.,shopify.com,Prospects
        """;
    Api.Response r = api.postCsv(acme.key(), "/api/v1/lists?name=q3-accounts.csv", csv);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode list = r.json();
    assertThat(list.path("name").asText()).isEqualTo("q3-accounts.csv");
    assertThat(list.path("rows").asLong()).isEqualTo(3);
    assertThat(list.path("accepted").asLong()).isEqualTo(2);
    assertThat(list.path("rejected").get(0).path("line").asLong()).isEqualTo(3);
    assertThat(list.path("rejected").get(0).path("reason").asText()).isNotBlank();
    assertThat(list.path("populations").toString()).isEqualTo("{\"Customers\":1,\"Prospects\":1}");

    JsonNode stored = api.get(acme.key(), "/api/v1/lists/" + list.path("id").asText()).json();
    assertThat(stored.path("accepted").asLong()).isEqualTo(2);
    assertThat(api.get(acme.key(), "/api/v1/lists").json().get(0).path("id")).isEqualTo(list.path("id"));
  }

  @Test
  void upload_multipartFilePart() throws Exception {
    Org acme = scenario.signUp("Acme");
    String boundary = "----venn" + System.nanoTime();
    String body =
        "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"crm-export.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + Scenario.ACME_CSV
            + "\r\n--" + boundary + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/lists"))
            .header("Authorization", "Bearer " + acme.key())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).contains("\"name\":\"crm-export.csv\"", "\"accepted\":7");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no name or domain column | 'Colour,Size\nred,XL\n' | name or domain",
        "empty body               | ''                      | empty",
        "only unusable rows       | 'Name,Website\n,\n,\n'  | no usable account row",
      })
  void upload_unusableFile_is400AndStoresNothing(String why, String csv, String detailPart) {
    Org acme = scenario.signUp("Acme " + why);
    long recordsBefore = count("list_records");
    Api.Response r = api.postCsv(acme.key(), "/api/v1/lists?name=bad.csv", csv);

    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.text("detail")).contains("bad.csv").containsIgnoringCase(detailPart);
    assertThat(api.get(acme.key(), "/api/v1/lists").json().size()).isZero();
    assertThat(count("list_records")).isEqualTo(recordsBefore);
  }

  @Test
  void upload_failureAfterManyRowsRollsBackEveryBatch() {
    long listsBefore = count("account_lists");
    long recordsBefore = count("list_records");
    Org acme = scenario.signUp("Acme broken stream");
    // 5,000 good rows (five JDBC batches already inserted), then the connection breaks.
    InputStream body =
        new SequenceInputStream(
            new ByteArrayInputStream(rows(5000).getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("connection reset by peer");
              }
            });

    assertThatThrownBy(() -> lists.upload(acme.id(), "broken.csv", body)).hasMessageContaining("connection reset");
    assertThat(count("account_lists")).isEqualTo(listsBefore);
    assertThat(count("list_records")).isEqualTo(recordsBefore);
  }

  @Test
  void upload_largeFileIsStreamed() throws Exception {
    Org acme = scenario.signUp("Acme big");
    int n = 20_000;
    // Sent chunked, without a Content-Length: the server must stream it to the database as it comes.
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/lists?name=big.csv"))
            .header("Authorization", "Bearer " + acme.key())
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(rows(n).getBytes(StandardCharsets.UTF_8))))
            .build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).contains("\"accepted\":" + n);
  }

  @Test
  void upload_withoutKeyIs401AndStoresNothing() {
    long before = count("account_lists");
    assertThat(api.postCsv(null, "/api/v1/lists", Scenario.ACME_CSV).status()).isEqualTo(401);
    assertThat(count("account_lists")).isEqualTo(before);
  }

  @Test
  void deleteListUnknown_is404_andJsonUpload_is415() {
    Org acme = scenario.signUp("Acme delete");
    Api.Response r = api.delete(acme.key(), "/api/v1/lists/does-not-exist");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.text("detail")).contains("does-not-exist");
    assertThat(api.send(acme.key(), "POST", "/api/v1/lists", "{}", "application/json", Map.of()).status()).isEqualTo(415);
  }

  private long count(String table) {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    return n == null ? 0 : n;
  }

  private static String rows(int n) {
    StringBuilder s = new StringBuilder("Account ID,Account Name,Website,Billing Country,Type\n");
    for (int i = 0; i < n; i++) {
      s.append("id").append(i).append(",Company ").append(i).append(" GmbH,company").append(i).append(".de,DE,")
          .append(i % 3 == 0 ? "Customers" : "Prospects").append('\n');
    }
    return s.toString();
  }
}
