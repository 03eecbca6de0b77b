package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.service.support.Api;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Who may see what: keys, and organizations without (or outside) a partnership. */
class AccessControlIT extends ItBase {
  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> databaseIn("access"));
  }

  @Test
  void missingOrUnknownKey_is401ProblemWithoutEchoingKey() {
    Api.Response none = api.get(null, "/api/v1/lists");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.contentType()).startsWith("application/problem+json");
    assertThat(none.text("detail")).contains("Authorization: Bearer");

    Api.Response wrong = api.get("venn_not-a-real-key", "/api/v1/lists");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("venn_not-a-real-key");

    Api.Response scheme = api.send(null, "GET", "/api/v1/audit", null, null, Map.of("Authorization", "Basic abc"));
    assertThat(scheme.status()).isEqualTo(401);
  }

  @Test
  void rotateKey_oldKeyStopsWorking() {
    Org acme = scenario.signUp("Acme");
    Api.Response rotated = api.post(acme.key(), "/api/v1/organizations/me/keys/rotate", null);
    assertThat(rotated.status()).isEqualTo(200);
    String newKey = rotated.text("apiKey");
    assertThat(newKey).isNotEqualTo(acme.key()).startsWith("venn_");

    assertThat(api.get(acme.key(), "/api/v1/organizations/me").status()).isEqualTo(401);
    Api.Response me = api.get(newKey, "/api/v1/organizations/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.text("id")).isEqualTo(acme.id());
    assertThat(me.body()).doesNotContain("apiKey");
  }

  @Test
  void signUp_validatesName() {
    Api.Response blank = api.post(null, "/api/v1/organizations", Map.of("name", " "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.contentType()).startsWith("application/problem+json");
    Api.Response garbage = api.send(null, "POST", "/api/v1/organizations", "{not json", "application/json", Map.of());
    assertThat(garbage.status()).isEqualTo(400);
  }

  @Test
  void outsider_cannotReadListsPartnershipsJobsOrViews() {
    Org acme = scenario.signUp("Acme");
    Org globex = scenario.signUp("Globex");
    Org outsider = scenario.signUp("Initech");
    String acmeList = scenario.upload(acme, Scenario.ACME_CSV);
    String globexList = scenario.upload(globex, Scenario.GLOBEX_CSV);
    String p = scenario.partnership(acme, acmeList, globex, globexList, Scenario.GLOBEX_SHARING);
    String job = scenario.startJob(acme, p);
    assertThat(scenario.awaitJob(acme, job, Duration.ofSeconds(60)).path("status").asText()).isEqualTo("SUCCEEDED");

    String k = outsider.key();
    List<Api.Response> attempts =
        List.of(
            api.get(k, "/api/v1/lists/" + acmeList),
            api.delete(k, "/api/v1/lists/" + acmeList),
            api.get(k, "/api/v1/partnerships/" + p),
            api.post(k, "/api/v1/partnerships/" + p + "/accept", null),
            api.post(k, "/api/v1/partnerships/" + p + "/end", null),
            api.post(k, "/api/v1/partnerships/" + p + "/jobs", null),
            api.put(k, "/api/v1/partnerships/" + p + "/list", Map.of("listId", acmeList)),
            api.put(k, "/api/v1/partnerships/" + p + "/sharing", Map.of("default", Map.of("level", "COUNTS"))),
            api.get(k, "/api/v1/partnerships/" + p + "/jobs"),
            api.get(k, "/api/v1/jobs/" + job),
            api.get(k, "/api/v1/jobs/" + job + "/matrix"),
            api.get(k, "/api/v1/jobs/" + job + "/overlaps"),
            api.get(k, "/api/v1/jobs/" + job + "/overlaps", Map.of("Accept", "text/csv")));
    for (Api.Response r : attempts) {
      assertThat(r.status()).as(r.toString()).isEqualTo(404);
      assertThat(r.body()).doesNotContain("Acme", "Globex", "Siemens");
    }
    // A resource of another organization looks exactly like one that does not exist.
    Api.Response missing = api.get(k, "/api/v1/lists/00000000-0000-0000-0000-000000000000");
    assertThat(api.get(k, "/api/v1/lists/" + acmeList).text("title")).isEqualTo(missing.text("title"));

    assertThat(api.get(k, "/api/v1/lists").json().size()).isZero();
    assertThat(api.get(k, "/api/v1/partnerships").json().size()).isZero();
    assertThat(api.get(k, "/api/v1/audit").body()).doesNotContain(acme.id(), globex.id(), job);
    // The list is untouched by the attempts.
    assertThat(api.get(acme.key(), "/api/v1/lists/" + acmeList).status()).isEqualTo(200);
  }

  @Test
  void partner_cannotReadOrUseMyLists() {
    Org acme = scenario.signUp("Acme");
    Org globex = scenario.signUp("Globex");
    String acmeList = scenario.upload(acme, Scenario.ACME_CSV);
    String globexList = scenario.upload(globex, Scenario.GLOBEX_CSV);
    String p = scenario.partnership(acme, acmeList, globex, globexList, null);

    assertThat(api.get(globex.key(), "/api/v1/lists/" + acmeList).status()).isEqualTo(404);
    Api.Response steal = api.put(globex.key(), "/api/v1/partnerships/" + p + "/list", Map.of("listId", acmeList));
    assertThat(steal.status()).isEqualTo(404);
    JsonNode seen = api.get(globex.key(), "/api/v1/partnerships/" + p).json();
    assertThat(seen.toString()).doesNotContain(acmeList);
    assertThat(seen.path("myListId").asText()).isEqualTo(globexList);
    assertThat(seen.path("partnerHasList").asBoolean()).isTrue();
  }

  @Test
  void job_tinyListIs409() {
    Org acme = scenario.signUp("Acme");
    Org prober = scenario.signUp("Prober");
    String acmeList = scenario.upload(acme, Scenario.ACME_CSV);
    String probe = scenario.upload(prober, "Name,Website\nSiemens AG,siemens.com\n");
    String p = scenario.partnership(prober, probe, acme, acmeList, null);

    for (Org side : List.of(prober, acme)) {
      Api.Response r = api.post(side.key(), "/api/v1/partnerships/" + p + "/jobs", null);
      assertThat(r.status()).isEqualTo(409);
      assertThat(r.text("detail")).contains("has 1 accounts; a match needs at least 5");
    }
  }

  @Test
  void partnershipLifecycle_conflictsAndBadInput() {
    Org acme = scenario.signUp("Acme");
    Org globex = scenario.signUp("Globex");

    assertThat(api.post(acme.key(), "/api/v1/partnerships", Map.of("partnerId", acme.id())).status()).isEqualTo(400);
    assertThat(api.post(acme.key(), "/api/v1/partnerships", Map.of()).status()).isEqualTo(400);
    assertThat(api.post(acme.key(), "/api/v1/partnerships", Map.of("partnerId", "nope")).status()).isEqualTo(404);

    Api.Response invite = api.post(acme.key(), "/api/v1/partnerships", Map.of("partnerId", globex.id()));
    assertThat(invite.status()).isEqualTo(201);
    assertThat(invite.text("status")).isEqualTo("PENDING");
    String p = invite.text("id");
    assertThat(api.post(acme.key(), "/api/v1/partnerships", Map.of("partnerId", globex.id())).status()).isEqualTo(409);

    Api.Response pendingJob = api.post(acme.key(), "/api/v1/partnerships/" + p + "/jobs", null);
    assertThat(pendingJob.status()).isEqualTo(409);
    assertThat(pendingJob.text("detail")).contains("PENDING");
    assertThat(api.post(acme.key(), "/api/v1/partnerships/" + p + "/accept", null).status()).isEqualTo(409);
    Api.Response accepted = api.post(globex.key(), "/api/v1/partnerships/" + p + "/accept", null);
    assertThat(accepted.text("status")).isEqualTo("ACTIVE");
    assertThat(api.post(globex.key(), "/api/v1/partnerships/" + p + "/accept", null).status()).isEqualTo(409);
    assertThat(api.get(globex.key(), "/api/v1/partnerships").json().get(0).path("id").asText()).isEqualTo(p);

    Api.Response noList = api.post(acme.key(), "/api/v1/partnerships/" + p + "/jobs", null);
    assertThat(noList.status()).isEqualTo(409);
    assertThat(noList.text("detail")).contains("You have not chosen a list");

    // The default policy is COUNTS everywhere.
    assertThat(accepted.json().path("mySharing").path("default").path("level").asText()).isEqualTo("COUNTS");

    String sharing = "/api/v1/partnerships/" + p + "/sharing";
    Api.Response fieldsWithCounts =
        api.put(acme.key(), sharing, Map.of("default", Map.of("level", "COUNTS", "fields", List.of("name"))));
    assertThat(fieldsWithCounts.status()).isEqualTo(400);
    assertThat(fieldsWithCounts.text("detail")).contains("only be shared with level OVERLAPS");
    Api.Response badLevel =
        api.put(acme.key(), sharing, Map.of("default", Map.of("level", "COUNTS"), "populations", Map.of("X", Map.of("level", "ALL"))));
    assertThat(badLevel.status()).isEqualTo(400);
    assertThat(badLevel.text("detail")).contains("population 'X'", "HIDDEN, COUNTS, OVERLAPS");
    assertThat(api.put(acme.key(), sharing, Map.of("populations", Map.of())).status()).isEqualTo(400);
    Api.Response good =
        api.put(
            acme.key(),
            sharing,
            Map.of("default", Map.of("level", "HIDDEN"), "populations",
                Map.of("Customers", Map.of("level", "OVERLAPS", "fields", List.of("name", "owner")))));
    assertThat(good.status()).isEqualTo(200);
    // Globex sees what Acme shares with it.
    JsonNode fromGlobex = api.get(globex.key(), "/api/v1/partnerships/" + p).json();
    assertThat(fromGlobex.path("partnerSharing").path("populations").path("Customers").path("fields").toString())
        .isEqualTo("[\"name\",\"owner\"]");

    assertThat(api.put(acme.key(), "/api/v1/partnerships/" + p + "/list", Map.of("listId", "nope")).status())
        .isEqualTo(404);
  }
}
