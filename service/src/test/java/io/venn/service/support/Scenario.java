package io.venn.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;

/** Steps the integration tests share: sign up, upload, partner, run a job. */
public final class Scenario {
  /** Acme's accounts: a1..a4, a6, a7 have a counterpart in {@link #GLOBEX_CSV}; a5 does not. */
  public static final String ACME_CSV =
      """
      Account ID,Account Name,Website,Billing Country,Type,Owner
      a1,Siemens AG,siemens.com,DE,Customers,"=HYPERLINK(""http://evil.test"",""Alice"")"
      a2,Nestlé S.A.,nestle.com,CH,Customers,Bob
      a3,Shopify Inc.,shopify.com,CA,Prospects,Carol
      a4,Atlassian Corporation,atlassian.com,AU,Prospects,Dan
      a5,Zorblux Widgets Ltd,zorbluxwidgets.co.uk,GB,Customers,Eve
      a6,Quantexa Ltd,quantexa.com,GB,Open Opportunities,Frank
      a7,Rheinmetall AG,rheinmetall.com,DE,Customers,Gina
      """;

  /** Globex's accounts: Customers overlap Acme's a1 and a3; b5 overlaps nothing; b7 is in a hidden population. */
  public static final String GLOBEX_CSV =
      """
      Record ID,Company name,Company Domain Name,Country/Region,Lifecycle Stage,Owner
      b1,Siemens AG,siemens.com,DE,Customers,Zed
      b2,Nestlé S.A.,nestle.com,CH,Prospects,Yan
      b3,Shopify Inc.,shopify.com,CA,Customers,Xi
      b4,Atlassian Corporation,atlassian.com,AU,Prospects,Wu
      b5,Floribunda Gartenbau GmbH,floribunda-garten.de,DE,Customers,Vic
      b6,Quantexa Ltd,quantexa.com,GB,Prospects,Uma
      b7,Rheinmetall AG,rheinmetall.com,DE,Partners,Tess
      """;

  /** Globex shares its Customers' name and domain, hides Partners, and shows counts for the rest. */
  public static final Map<String, Object> GLOBEX_SHARING =
      Map.of(
          "default", Map.of("level", "COUNTS"),
          "populations",
              Map.of(
                  "Customers", Map.of("level", "OVERLAPS", "fields", java.util.List.of("name", "domain")),
                  "Partners", Map.of("level", "HIDDEN")));

  private final Api api;

  public Scenario(Api api) {
    this.api = api;
  }

  public Org signUp(String name) {
    Api.Response r = api.post(null, "/api/v1/organizations", Map.of("name", name));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return new Org(r.text("id"), r.text("name"), r.text("apiKey"));
  }

  public String upload(Org org, String csv) {
    Api.Response r = api.postCsv(org.key(), "/api/v1/lists?name=accounts.csv", csv);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.text("id");
  }

  /** An ACTIVE partnership (a invites b) with both lists set and b's sharing policy. */
  public String partnership(Org a, String aList, Org b, String bList, Object bSharing) {
    Api.Response invite = api.post(a.key(), "/api/v1/partnerships", Map.of("partnerId", b.id()));
    assertThat(invite.status()).as(invite.toString()).isEqualTo(201);
    String id = invite.text("id");
    assertThat(api.post(b.key(), "/api/v1/partnerships/" + id + "/accept", null).status()).isEqualTo(200);
    assertThat(api.put(a.key(), "/api/v1/partnerships/" + id + "/list", Map.of("listId", aList)).status()).isEqualTo(200);
    assertThat(api.put(b.key(), "/api/v1/partnerships/" + id + "/list", Map.of("listId", bList)).status()).isEqualTo(200);
    if (bSharing != null) {
      Api.Response s = api.put(b.key(), "/api/v1/partnerships/" + id + "/sharing", bSharing);
      assertThat(s.status()).as(s.toString()).isEqualTo(200);
    }
    return id;
  }

  public String startJob(Org org, String partnershipId) {
    Api.Response r = api.post(org.key(), "/api/v1/partnerships/" + partnershipId + "/jobs", null);
    assertThat(r.status()).as(r.toString()).isEqualTo(202);
    return r.text("id");
  }

  /** Polls the job until it finishes; fails the test after the timeout. */
  public JsonNode awaitJob(Org org, String jobId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      JsonNode job = api.get(org.key(), "/api/v1/jobs/" + jobId).json();
      String status = job.path("status").asText();
      if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
        return job;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("job " + jobId + " still " + status + " after " + timeout);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  public record Org(String id, String name, String key) {}
}
