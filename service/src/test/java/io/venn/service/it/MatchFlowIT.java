package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.read.Account;
import io.venn.service.job.JobService;
import io.venn.service.list.ListSources;
import io.venn.service.list.ListRecords;
import io.venn.service.support.Api;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import io.venn.view.ListPopulations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The user journey over HTTP: upload, partner, share, match, and what each side may then see. */
class MatchFlowIT extends ItBase {
  /** Every pair that truly overlaps, as (Acme id, Globex id). */
  private static final Set<List<String>> TRUE_PAIRS =
      Set.of(
          List.of("a1", "b1"), List.of("a2", "b2"), List.of("a3", "b3"), List.of("a4", "b4"), List.of("a6", "b6"),
          List.of("a7", "b7"));

  @Autowired ListSources listSources;
  @Autowired ListRecords listRecords;
  @Autowired JobService jobService;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> databaseIn("flow"));
    r.add("venn.min-cell-count", () -> "2");
  }

  @Test
  void matrix_showsMyRowsAndPartnersVisibleColumns() {
    Fixture f = fixture();
    JsonNode m = ok(api.get(f.acme.key(), "/api/v1/jobs/" + f.jobId + "/matrix"));

    assertThat(texts(m.path("rows"))).containsExactly("Customers", "Prospects", "Open Opportunities");
    // Globex hides "Partners": not even its column reaches Acme.
    assertThat(texts(m.path("columns"))).containsExactly("Customers", "Prospects");
    assertThat(m.toString()).doesNotContain("Partners");
    assertThat(cell(m, "Customers", "Customers").path("overlaps").asInt()).isEqualTo(1);
    assertThat(cell(m, "Prospects", "Customers").path("overlaps").asInt()).isEqualTo(1);
    assertThat(cell(m, "Open Opportunities", "Customers").path("overlaps").asInt()).isEqualTo(0);
    // A COUNTS cell below venn.min-cell-count=2 is suppressed, not shown as 1.
    JsonNode small = cell(m, "Prospects", "Prospects");
    assertThat(small.get("overlaps").isNull()).isTrue();
    assertThat(small.path("display").asText()).isEqualTo("< 2");
  }

  @Test
  void matrix_partnerSideAppliesMyPolicy() {
    Fixture f = fixture();
    // Acme never set a policy: COUNTS everywhere by default, so Globex sees all Acme rows as columns, no records.
    JsonNode m = ok(api.get(f.globex.key(), "/api/v1/jobs/" + f.jobId + "/matrix"));
    assertThat(texts(m.path("rows"))).containsExactly("Customers", "Prospects", "Partners");
    assertThat(texts(m.path("columns"))).containsExactly("Customers", "Prospects", "Open Opportunities");
    assertThat(cell(m, "Customers", "Customers").path("display").asText()).isEqualTo("< 2");
    assertThat(ok(api.get(f.globex.key(), "/api/v1/jobs/" + f.jobId + "/overlaps")).size()).isZero();
  }

  @Test
  void overlaps_onlyMatchedRecordsAndOnlySharedFields() {
    Fixture f = fixture();
    Api.Response r = api.get(f.acme.key(), "/api/v1/jobs/" + f.jobId + "/overlaps?size=1000");
    JsonNode rows = ok(r);

    assertThat(rows.size()).isEqualTo(2); // only Globex's Customers are OVERLAPS
    assertThat(r.raw().headers().firstValue("X-Total-Count")).hasValue("2");
    Set<List<String>> pairs = new HashSet<>();
    for (JsonNode row : rows) {
      String mineId = row.path("mine").path("id").asText();
      String theirsDomain = row.path("theirs").path("domain").asText();
      pairs.add(List.of(mineId, globexIdOf(theirsDomain)));
      assertThat(row.path("theirsPopulation").asText()).isEqualTo("Customers");
      assertThat(fieldNames(row.path("theirs"))).isSubsetOf("name", "domain");
      assertThat(row.path("mine").has("Owner") || row.path("mine").has("owner")).isTrue();
      assertThat(row.path("score").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(pairs).containsExactlyInAnyOrder(List.of("a1", "b1"), List.of("a3", "b3"));
    assertThat(TRUE_PAIRS).containsAll(pairs);
    assertThat(r.body()).doesNotContain("Zed", "Xi", "Floribunda", "Rheinmetall");
  }

  /**
   * Issue 10: the job's counts, the matrix, a drill-down page and the export come from the matched
   * records, read by index, never from whole lists (loaded into memory: a minute and ~1 GB at 1M x 1M).
   */
  @Test
  void view_readsOnlyMatchedRecords_notWholeLists() {
    Fixture f = fixture();
    long readsBefore = listSources.listsRead();
    String job = "/api/v1/jobs/" + f.jobId;
    for (Org side : List.of(f.acme, f.globex)) {
      assertThat(ok(api.get(side.key(), job)).path("matches").isInt()).isTrue();
      ok(api.get(side.key(), "/api/v1/partnerships/" + f.partnershipId + "/jobs"));
      ok(api.get(side.key(), job + "/matrix"));
    }
    assertThat(ok(api.get(f.acme.key(), job + "/overlaps?size=1")).size()).isEqualTo(1);
    assertThat(api.get(f.acme.key(), job + "/overlaps", Map.of("Accept", "text/csv")).body().split("\r\n")).hasSize(3);

    assertThat(listSources.listsRead()).as("whole lists read").isEqualTo(readsBefore);
  }

  /**
   * A finished job's GET, its partnership's job list and its matrix come from the population cells
   * the job stored: no pair of the job and no record of either list is read (at 1M x 1M reading
   * them made the first GET take ~16 s), and the partner's policy is still applied when asked, so a
   * change after the job still changes the matrix.
   */
  @Test
  void matrixAndCounts_readNoPairsAndNoRecords_andFollowPolicyChanges() {
    Fixture f = fixture();
    assertThat(cellRows(f.jobId)).as("cells stored").isPositive();
    long pairsBefore = jobService.resultsRead();
    long recordsBefore = listRecords.recordsRead();
    String job = "/api/v1/jobs/" + f.jobId;
    for (Org side : List.of(f.acme, f.globex)) {
      assertThat(ok(api.get(side.key(), job)).path("matches").isInt()).isTrue();
      ok(api.get(side.key(), "/api/v1/partnerships/" + f.partnershipId + "/jobs"));
      ok(api.get(side.key(), job + "/matrix"));
    }
    JsonNode before = ok(api.get(f.acme.key(), job + "/matrix"));
    assertThat(texts(before.path("columns"))).containsExactly("Customers", "Prospects");
    assertThat(cell(before, "Customers", "Customers").path("overlaps").asInt()).isEqualTo(1);
    int matchesBefore = ok(api.get(f.acme.key(), job)).path("matches").asInt();

    Map<String, Object> countsOnly = Map.of("default", Map.of("level", "COUNTS"));
    assertThat(api.put(f.globex.key(), "/api/v1/partnerships/" + f.partnershipId + "/sharing", countsOnly).status())
        .isEqualTo(200);

    JsonNode after = ok(api.get(f.acme.key(), job + "/matrix"));
    assertThat(texts(after.path("columns"))).containsExactly("Customers", "Prospects", "Partners");
    assertThat(cell(after, "Customers", "Customers").path("display").asText()).isEqualTo("< 2");
    int shown = 0;
    for (JsonNode c : after.path("cells")) {
      shown += c.path("overlaps").asInt(0);
    }
    int matchesAfter = ok(api.get(f.acme.key(), job)).path("matches").asInt();
    assertThat(matchesAfter).isEqualTo(shown).isNotEqualTo(matchesBefore);

    assertThat(jobService.resultsRead()).as("job pairs read").isEqualTo(pairsBefore);
    assertThat(listRecords.recordsRead()).as("list records read").isEqualTo(recordsBefore);
  }

  /**
   * A job that finished before jobs stored their cells (none stored) is served from its pairs and
   * records, as before: the same matrices and counts as a job that stored them.
   */
  @Test
  void jobWithoutStoredCells_fallsBackToItsPairs() {
    Fixture stored = fixture();
    Fixture legacy = fixture();
    // What a job that finished before the migration looks like.
    jdbc.update("DELETE FROM job_cells WHERE job_id = ?", legacy.jobId);
    jdbc.update("UPDATE jobs SET cells_stored = FALSE WHERE id = ?", legacy.jobId);

    for (boolean acme : List.of(true, false)) {
      Org storedSide = acme ? stored.acme : stored.globex;
      Org legacySide = acme ? legacy.acme : legacy.globex;
      long pairsBefore = jobService.resultsRead();
      JsonNode legacyMatrix = ok(api.get(legacySide.key(), "/api/v1/jobs/" + legacy.jobId + "/matrix"));
      assertThat(jobService.resultsRead()).as("the legacy job's pairs are read").isGreaterThan(pairsBefore);
      JsonNode storedMatrix = ok(api.get(storedSide.key(), "/api/v1/jobs/" + stored.jobId + "/matrix"));
      assertThat(legacyMatrix.path("rows")).isEqualTo(storedMatrix.path("rows"));
      assertThat(legacyMatrix.path("columns")).isEqualTo(storedMatrix.path("columns"));
      assertThat(legacyMatrix.path("cells")).isEqualTo(storedMatrix.path("cells"));
      assertThat(ok(api.get(legacySide.key(), "/api/v1/jobs/" + legacy.jobId)).path("matches"))
          .isEqualTo(ok(api.get(storedSide.key(), "/api/v1/jobs/" + stored.jobId)).path("matches"));
    }
    assertThat(cell(ok(api.get(legacy.acme.key(), "/api/v1/jobs/" + legacy.jobId + "/matrix")), "Prospects", "Prospects")
        .path("display").asText()).isEqualTo("< 2");
  }

  /**
   * A job's pairs carry their records' populations, so its first overlaps page reads only that
   * page's records (mine and theirs: two reads by index, also for an empty page), never the populations of every matched
   * record. Pairs stored without them (a job from before V13), or some of them without (damage),
   * give the same pages and CSV from the lists' records instead.
   */
  @Test
  void overlaps_fromThePairsStoredPopulations_orFromTheListsWithoutThem() {
    Fixture stored = fixture();
    Fixture legacy = fixture();
    Fixture damaged = fixture();
    jdbc.update("UPDATE job_matches SET left_population = NULL, right_population = NULL WHERE job_id = ?", legacy.jobId);
    jdbc.update("UPDATE job_matches SET left_population = NULL WHERE job_id = ? AND left_idx IN"
        + " (SELECT MIN(left_idx) FROM job_matches WHERE job_id = ?)", damaged.jobId, damaged.jobId);
    Integer withPopulations = jdbc.queryForObject(
        "SELECT COUNT(*) FROM job_matches WHERE job_id = ? AND left_population IS NOT NULL AND right_population IS NOT NULL",
        Integer.class, stored.jobId);
    assertThat(withPopulations).as("pairs stored with populations").isPositive();

    for (boolean acme : List.of(true, false)) {
      Org storedSide = acme ? stored.acme : stored.globex;
      long before = listRecords.recordsRead();
      JsonNode page = ok(api.get(storedSide.key(), "/api/v1/jobs/" + stored.jobId + "/overlaps?size=1000"));
      assertThat(listRecords.recordsRead() - before).as("reads by index for the first page").isEqualTo(2);
      String csv = api.get(storedSide.key(), "/api/v1/jobs/" + stored.jobId + "/overlaps", Map.of("Accept", "text/csv")).body();

      Org legacySide = acme ? legacy.acme : legacy.globex;
      before = listRecords.recordsRead();
      assertThat(ok(api.get(legacySide.key(), "/api/v1/jobs/" + legacy.jobId + "/overlaps?size=1000"))).isEqualTo(page);
      assertThat(listRecords.recordsRead() - before).as("the legacy job reads its records' populations").isEqualTo(4);
      assertThat(api.get(legacySide.key(), "/api/v1/jobs/" + legacy.jobId + "/overlaps", Map.of("Accept", "text/csv")).body())
          .isEqualTo(csv.replace(stored.jobId, legacy.jobId));
    }
    long before = listRecords.recordsRead();
    assertThat(ok(api.get(damaged.acme.key(), "/api/v1/jobs/" + damaged.jobId + "/overlaps?size=1000")))
        .isEqualTo(ok(api.get(stored.acme.key(), "/api/v1/jobs/" + stored.jobId + "/overlaps?size=1000")));
    assertThat(listRecords.recordsRead() - before).as("the damaged job reads its records' populations; the other its page").isEqualTo(4 + 2);
  }

  /** A damaged cells table (a population pair stored twice) costs the read path, not the answer. */
  @Test
  void jobWithDamagedStoredCells_fallsBackToItsPairs() {
    Fixture f = fixture();
    JsonNode before = ok(api.get(f.acme.key(), "/api/v1/jobs/" + f.jobId + "/matrix"));
    jdbc.update("INSERT INTO job_cells (job_id, left_population, right_population, entities)"
        + " SELECT job_id, left_population, right_population, entities FROM job_cells WHERE job_id = ?", f.jobId);

    long pairsBefore = jobService.resultsRead();
    JsonNode after = ok(api.get(f.acme.key(), "/api/v1/jobs/" + f.jobId + "/matrix"));

    assertThat(jobService.resultsRead()).as("the pairs are read instead").isGreaterThan(pairsBefore);
    assertThat(after.path("cells")).isEqualTo(before.path("cells"));
    assertThat(ok(api.get(f.acme.key(), "/api/v1/partnerships/" + f.partnershipId + "/jobs")).toString()).contains(f.jobId);
  }

  private int cellRows(String jobId) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM job_cells WHERE job_id = ?", Integer.class, jobId);
    return n == null ? 0 : n;
  }

  /**
   * Records are read by index ranges: isolated indices, runs with unwanted rows in between (which must
   * not be handed back), in any order, with repeats.
   */
  @Test
  void listRecords_readsOnlyTheRecordsAskedFor() {
    Org org = scenario.signUp("Ranges");
    int n = 2_500;
    StringBuilder csv = new StringBuilder("Id,Name,Website,Population\n");
    for (int i = 0; i < n; i++) {
      csv.append("r").append(i).append(",Company ").append(i).append(",c").append(i).append(".example.org,")
          .append(population(i)).append('\n');
    }
    String listId = scenario.upload(org, csv.toString());
    int[] indices = {2_499, 0, 1_040, 1_000, 999, 1_001, 1_010, 2_000, 0, 1_500};

    ListPopulations populations = listRecords.populations(listId, indices);
    assertThat(populations.labels()).containsExactly("Customers", "Prospects", "Partners");
    for (int i : indices) {
      assertThat(populations.of(i)).as("record " + i).isEqualTo(population(i));
    }
    Map<Integer, Account> accounts = listRecords.accounts(listId, indices);
    assertThat(accounts.keySet()).containsExactlyInAnyOrder(0, 999, 1_000, 1_001, 1_010, 1_040, 1_500, 2_000, 2_499);
    assertThat(accounts.get(1_010).id()).isEqualTo("r1010");
    assertThat(accounts.get(1_010).name()).isEqualTo("Company 1010");
    // A drill-down names its records by id: found by id, an unknown id left out.
    assertThat(listRecords.withIds(listId, List.of("r1234", "r0", "nope"))).containsOnly(Map.entry(1_234, "r1234"), Map.entry(0, "r0"));
  }

  private static String population(int i) {
    return i % 3 == 0 ? "Customers" : i < 1_000 ? "Prospects" : "Partners";
  }

  @Test
  void overlaps_countsAndHiddenPopulationsYieldNothing() {
    Fixture f = fixture();
    String base = "/api/v1/jobs/" + f.jobId + "/overlaps";
    assertThat(ok(api.get(f.acme.key(), base + "?theirs=Prospects")).size()).isZero();
    assertThat(ok(api.get(f.acme.key(), base + "?theirs=Partners")).size()).isZero();
    assertThat(ok(api.get(f.acme.key(), base + "?mine=Customers&theirs=Customers")).size()).isEqualTo(1);
  }

  @Test
  void overlaps_paged() {
    Fixture f = fixture();
    String base = "/api/v1/jobs/" + f.jobId + "/overlaps";
    JsonNode first = ok(api.get(f.acme.key(), base + "?size=1&page=0"));
    JsonNode second = ok(api.get(f.acme.key(), base + "?size=1&page=1"));
    assertThat(first.size()).isEqualTo(1);
    assertThat(second.size()).isEqualTo(1);
    assertThat(first.get(0).path("mine").path("id")).isNotEqualTo(second.get(0).path("mine").path("id"));
    assertThat(ok(api.get(f.acme.key(), base + "?size=1&page=2")).size()).isZero();

    Api.Response tooBig = api.get(f.acme.key(), base + "?size=100000");
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.contentType()).startsWith("application/problem+json");
    assertThat(tooBig.text("detail")).contains("size must be between 1 and 1000");
  }

  @Test
  void overlapsCsv_exportsSameRowsWithFormulasNeutralised() {
    Fixture f = fixture();
    Api.Response csv =
        api.get(f.acme.key(), "/api/v1/jobs/" + f.jobId + "/overlaps", Map.of("Accept", "text/csv"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines).hasSize(3); // header + the 2 shared pairs
    assertThat(lines[0]).startsWith("mine_population,theirs_population,score,").contains("theirs_name", "theirs_domain");
    assertThat(lines[0].split(",")).as("header columns are distinct").doesNotHaveDuplicates();
    assertThat(csv.body()).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(", ",\"=HYPERLINK(");
    assertThat(csv.body()).doesNotContain("Zed", "Xi", "Floribunda");
  }

  @Test
  void sharingChange_appliesToFinishedJobs() {
    Fixture f = fixture();
    String overlaps = "/api/v1/jobs/" + f.jobId + "/overlaps";
    assertThat(ok(api.get(f.acme.key(), overlaps)).size()).isEqualTo(2);

    Map<String, Object> countsOnly = Map.of("default", Map.of("level", "COUNTS"));
    assertThat(api.put(f.globex.key(), "/api/v1/partnerships/" + f.partnershipId + "/sharing", countsOnly).status())
        .isEqualTo(200);

    assertThat(ok(api.get(f.acme.key(), overlaps)).size()).isZero();
    JsonNode m = ok(api.get(f.acme.key(), "/api/v1/jobs/" + f.jobId + "/matrix"));
    assertThat(texts(m.path("columns"))).containsExactly("Customers", "Prospects", "Partners");
    assertThat(cell(m, "Customers", "Customers").path("display").asText()).isEqualTo("< 2");
  }

  @Test
  void end_stopsServingResultsAndMatching() {
    Fixture f = fixture();
    JsonNode ended = ok(api.post(f.globex.key(), "/api/v1/partnerships/" + f.partnershipId + "/end", null));
    assertThat(ended.path("status").asText()).isEqualTo("ENDED");

    for (Org side : List.of(f.acme, f.globex)) {
      Api.Response matrix = api.get(side.key(), "/api/v1/jobs/" + f.jobId + "/matrix");
      assertThat(matrix.status()).isEqualTo(409);
      assertThat(matrix.text("detail")).contains("ended");
      assertThat(api.get(side.key(), "/api/v1/jobs/" + f.jobId + "/overlaps").status()).isEqualTo(409);
    }
    Api.Response again = api.post(f.acme.key(), "/api/v1/partnerships/" + f.partnershipId + "/jobs", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.text("detail")).contains("ENDED");
    assertThat(api.post(f.acme.key(), "/api/v1/partnerships/" + f.partnershipId + "/end", null).status()).isEqualTo(409);
  }

  @Test
  void job_reportsStatusProgressAndIsListedUnderItsPartnership() {
    Fixture f = fixture();
    JsonNode job = ok(api.get(f.globex.key(), "/api/v1/jobs/" + f.jobId));
    assertThat(job.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(job.path("progress").asDouble()).isEqualTo(1.0);
    // Globex is told what its matrix shows, not the job's total of TRUE_PAIRS.size(): Acme shares
    // counts only, and the total would give away the exact count behind every "< k" cell.
    int shown = 0;
    for (JsonNode cell : ok(api.get(f.globex.key(), "/api/v1/jobs/" + f.jobId + "/matrix")).path("cells")) {
      shown += cell.path("overlaps").asInt(0);
    }
    assertThat(job.path("matches").asInt()).isEqualTo(shown).isLessThan(TRUE_PAIRS.size());
    JsonNode list = ok(api.get(f.acme.key(), "/api/v1/partnerships/" + f.partnershipId + "/jobs"));
    assertThat(list.get(0).path("id").asText()).isEqualTo(f.jobId);
    assertThat(list.get(0).path("matches").asInt()).isEqualTo(ok(api.get(f.acme.key(), "/api/v1/jobs/" + f.jobId)).path("matches").asInt());
  }

  @Test
  void audit_showsPartnersViewsButNotTheirPrivateBusiness() {
    Fixture f = fixture();
    ok(api.get(f.acme.key(), "/api/v1/jobs/" + f.jobId + "/matrix"));
    ok(api.get(f.acme.key(), "/api/v1/jobs/" + f.jobId + "/overlaps"));
    api.get(f.acme.key(), "/api/v1/jobs/" + f.jobId + "/overlaps", Map.of("Accept", "text/csv"));

    List<String> globexSees = actions(ok(api.get(f.globex.key(), "/api/v1/audit")), f.acme.id());
    assertThat(globexSees).contains("MATRIX_VIEWED", "OVERLAPS_VIEWED", "OVERLAPS_EXPORTED", "JOB_REQUESTED");
    assertThat(globexSees).doesNotContain("LIST_UPLOADED");

    List<String> acmeSees = actions(ok(api.get(f.acme.key(), "/api/v1/audit")), f.globex.id());
    assertThat(acmeSees).contains("SHARING_CHANGED", "PARTNERSHIP_ACCEPTED").doesNotContain("LIST_UPLOADED");
    assertThat(actions(ok(api.get(f.acme.key(), "/api/v1/audit")), f.acme.id())).contains("LIST_UPLOADED");
  }

  /** Issue 11: HIDDEN means the partner does not learn the population exists, nor which list the partner uses. */
  @Test
  void partnerSide_neverSeesHiddenPopulationNamesOrPartnersListId() {
    Fixture f = fixture();
    String globexList = ok(api.get(f.globex.key(), "/api/v1/partnerships/" + f.partnershipId)).path("myListId").asText();
    assertThat(globexList).isNotBlank();

    JsonNode one = ok(api.get(f.acme.key(), "/api/v1/partnerships/" + f.partnershipId));
    assertThat(one.path("partnerSharing").path("populations").has("Customers")).isTrue();
    assertThat(one.toString()).doesNotContain("Partners");
    assertThat(ok(api.get(f.acme.key(), "/api/v1/partnerships")).toString()).doesNotContain("Partners");
    String audit = ok(api.get(f.acme.key(), "/api/v1/audit?limit=1000")).toString();
    assertThat(audit).contains("SHARING_CHANGED").doesNotContain("Partners").doesNotContain(globexList);
    // Globex itself still sees its whole policy.
    assertThat(ok(api.get(f.globex.key(), "/api/v1/partnerships/" + f.partnershipId)).path("mySharing").toString())
        .contains("Partners");
  }

  @Test
  void deleteList_removesItFromPartnershipAndItsJobs() {
    Fixture f = fixture();
    JsonNode p = ok(api.get(f.globex.key(), "/api/v1/partnerships/" + f.partnershipId));
    String globexList = p.path("myListId").asText();
    assertThat(cellRows(f.jobId)).isPositive();

    assertThat(api.delete(f.globex.key(), "/api/v1/lists/" + globexList).status()).isEqualTo(204);
    assertThat(cellRows(f.jobId)).as("the job's cells go with it").isZero();

    assertThat(api.get(f.globex.key(), "/api/v1/lists/" + globexList).status()).isEqualTo(404);
    assertThat(ok(api.get(f.globex.key(), "/api/v1/partnerships/" + f.partnershipId)).has("myListId")).isFalse();
    assertThat(ok(api.get(f.acme.key(), "/api/v1/partnerships/" + f.partnershipId)).path("partnerHasList").asBoolean())
        .isFalse();
    assertThat(api.get(f.acme.key(), "/api/v1/jobs/" + f.jobId + "/matrix").status()).isEqualTo(404);
    Api.Response job = api.post(f.acme.key(), "/api/v1/partnerships/" + f.partnershipId + "/jobs", null);
    assertThat(job.status()).isEqualTo(409);
    assertThat(job.text("detail")).contains("partner has not chosen a list");
  }

  @Test
  void openApiAndHealth_areServed() {
    Api.Response docs = api.get(null, "/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().path("paths").has("/api/v1/jobs/{id}/matrix")).isTrue();
    Api.Response health = api.get(null, "/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.text("status")).isEqualTo("UP");
  }

  record Fixture(Org acme, Org globex, String partnershipId, String jobId) {}

  private Fixture fixture() {
    Org acme = scenario.signUp("Acme");
    Org globex = scenario.signUp("Globex");
    String acmeList = scenario.upload(acme, Scenario.ACME_CSV);
    String globexList = scenario.upload(globex, Scenario.GLOBEX_CSV);
    String p = scenario.partnership(acme, acmeList, globex, globexList, Scenario.GLOBEX_SHARING);
    String job = scenario.startJob(acme, p);
    JsonNode done = scenario.awaitJob(acme, job, Duration.ofSeconds(60));
    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    return new Fixture(acme, globex, p, job);
  }

  private static JsonNode ok(Api.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  private static JsonNode cell(JsonNode matrix, String mine, String theirs) {
    for (JsonNode c : matrix.path("cells")) {
      if (c.path("mine").asText().equals(mine) && c.path("theirs").asText().equals(theirs)) {
        return c;
      }
    }
    throw new AssertionError("no cell " + mine + " x " + theirs + " in " + matrix);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<String> actions(JsonNode events, String byOrganization) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : events) {
      if (e.path("organizationId").asText().equals(byOrganization)) {
        out.add(e.path("action").asText());
      }
    }
    return out;
  }

  private static String globexIdOf(String domain) {
    return switch (domain) {
      case "siemens.com" -> "b1";
      case "nestle.com" -> "b2";
      case "shopify.com" -> "b3";
      case "atlassian.com" -> "b4";
      case "floribunda-garten.de" -> "b5";
      case "quantexa.com" -> "b6";
      case "rheinmetall.com" -> "b7";
      default -> throw new AssertionError("unexpected partner domain " + domain);
    };
  }
}
