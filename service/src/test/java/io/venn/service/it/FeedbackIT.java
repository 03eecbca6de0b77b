package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.service.job.JobExplainers;
import io.venn.service.list.ListSources;
import io.venn.service.support.Api;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Wrong-match feedback (issue 7 part 5) and the drill-down's evidence, over HTTP. */
class FeedbackIT extends ItBase {
  @Autowired ListSources listSources;
  @Autowired JobExplainers explainers;

  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> databaseIn("feedback"));
    r.add("venn.min-cell-count", () -> "2");
  }

  @Test
  void notAMatch_fromEitherSide_removesThePairForBothOnTheNextRun() {
    Fixture f = fixture();
    // Globex (the right side) names the pair by its own record id only; it never needs Acme's id.
    Api.Response given = api.post(f.globex.key(), feedback(f.job), Map.of("rightId", "b1", "verdict", "not_a_match"));
    assertThat(given.status()).as(given.toString()).isEqualTo(201);
    assertThat(given.json().path("leftId").isTextual()).as("Acme's record id is not echoed to Globex").isFalse();

    assertThat(pairsSeenByAcme(f, f.job)).contains("a1");
    String next = rerun(f);
    assertThat(pairsSeenByAcme(f, next)).doesNotContain("a1").contains("a3");
    assertThat(api.get(f.acme.key(), "/api/v1/jobs/" + next).json().path("matches").asInt())
        .isEqualTo(api.get(f.acme.key(), "/api/v1/jobs/" + f.job).json().path("matches").asInt() - 1);
    assertThat(actions(f.acme)).contains("FEEDBACK_GIVEN");
  }

  @Test
  void match_fromBothSides_keepsThePairWhenTheEngineAloneWouldNot() {
    Fixture f = fixture();
    assertThat(api.post(f.acme.key(), feedback(f.job), Map.of("leftId", "a1", "verdict", "match")).status()).isEqualTo(201);
    assertThat(api.post(f.globex.key(), feedback(f.job), Map.of("rightId", "b1", "verdict", "match")).status()).isEqualTo(201);
    // Globex's CRM now shows b1 under a new name and website: alone, the engine would not pair it with a1.
    useGlobexList(f, RENAMED_B1);
    List<String> next = pairsSeenByAcme(f, rerun(f));
    assertThat(next).as("both sides said match").contains("a1", "a3");
  }

  @Test
  void match_fromOneSideOnly_changesNothing() {
    Fixture f = fixture();
    assertThat(api.post(f.acme.key(), feedback(f.job), Map.of("leftId", "a1", "verdict", "match")).status()).isEqualTo(201);
    assertThat(pairsSeenByAcme(f, rerun(f))).contains("a1", "a3");
    useGlobexList(f, RENAMED_B1);
    assertThat(pairsSeenByAcme(f, rerun(f))).as("only Acme said match").doesNotContain("a1").contains("a3");
  }

  /** Globex's list with b1 renamed and moved to another website; every other record as before. */
  private static final String RENAMED_B1 =
      Scenario.GLOBEX_CSV.replace("b1,Siemens AG,siemens.com,DE,", "b1,Zephyr Quarry Holdings,zephyrquarry.example,DE,");

  private void useGlobexList(Fixture f, String csv) {
    String list = scenario.upload(f.globex, csv);
    assertThat(api.put(f.globex.key(), "/api/v1/partnerships/" + f.partnership + "/list", Map.of("listId", list)).status())
        .isEqualTo(200);
  }

  @Test
  void jobMatches_countOnlyWhatTheCallersMatrixShows() {
    // Not a feedback rule, but this fixture has all it needs: Globex hides its Partners (a7 ~ b7) and
    // shows its Prospects (a2, a4, a6 ~ b2, b4, b6) as counts, where a cell under 2 is "< 2".
    Fixture f = fixture();
    int shown = 0;
    for (JsonNode cell : api.get(f.acme.key(), "/api/v1/jobs/" + f.job + "/matrix").json().path("cells")) {
      shown += cell.path("overlaps").asInt(0);
    }
    JsonNode job = api.get(f.acme.key(), "/api/v1/jobs/" + f.job).json();
    assertThat(job.path("matches").asInt()).as("what Acme's matrix shows").isEqualTo(shown);
    // The job matched 6 pairs (a1..a4, a6, a7); telling Acme 6 would give away b7 and the small cells.
    assertThat(shown).isLessThan(6);
    assertThat(api.get(f.globex.key(), "/api/v1/jobs/" + f.job).json().path("matches").asInt())
        .as("Acme shows Globex counts only, every cell under 2").isZero();
    assertThat(api.get(f.acme.key(), "/api/v1/audit").body()).doesNotContainPattern("\\d+ matches");
  }

  @Test
  void feedback_onlyByTheTwoPartnersAndOnlyOnPairsOfTheJob() {
    Fixture f = fixture();
    Org stranger = scenario.signUp("Initech");
    Api.Response foreign = api.post(stranger.key(), feedback(f.job), Map.of("leftId", "a1", "verdict", "not_a_match"));
    assertThat(foreign.status()).isEqualTo(404);

    Api.Response notKept = api.post(f.acme.key(), feedback(f.job), Map.of("leftId", "a5", "verdict", "not_a_match"));
    assertThat(notKept.status()).isEqualTo(404);
    assertThat(notKept.text("detail")).contains("kept no pair");

    Api.Response wrongSide = api.post(f.acme.key(), feedback(f.job), Map.of("rightId", "b1", "verdict", "not_a_match"));
    assertThat(wrongSide.status()).isEqualTo(400);
    assertThat(wrongSide.text("detail")).contains("leftId is required");

    Api.Response badVerdict = api.post(f.acme.key(), feedback(f.job), Map.of("leftId", "a1", "verdict", "nope"));
    assertThat(badVerdict.status()).isEqualTo(400);
    assertThat(badVerdict.text("detail")).contains("not_a_match");
    assertThat(pairsSeenByAcme(f, rerun(f))).contains("a1");
  }

  @Test
  void evidence_onlyForSharedFieldsOfSharedPairs() {
    Fixture f = fixture();
    JsonNode ev = api.get(f.acme.key(), "/api/v1/jobs/" + f.job + "/evidence?mine=a1&mine=a2").json();
    assertThat(ev.has("a1")).isTrue();
    assertThat(ev.has("a2")).as("a2's partner record is in a COUNTS population").isFalse();
    List<String> fields = new ArrayList<>();
    ev.path("a1").forEach(r -> fields.add(r.path("field").asText()));
    assertThat(fields).contains("name").isSubsetOf("name", "domain");
    // Globex shares nothing with records: no evidence about its records either.
    assertThat(api.get(f.globex.key(), "/api/v1/jobs/" + f.job + "/evidence?mine=b1").json().size()).isZero();
  }

  /**
   * Issue 10: a job finished in this instance explains its pairs from the records asked about, never
   * reading a whole list again (at 1M x 1M a second job's worth of encoding per request); one rebuilt
   * from the lists (a job finished elsewhere or before a restart) gives the same evidence.
   */
  @Test
  void evidence_ofAJobFinishedHere_readsNoWholeList_andMatchesARebuiltExplainer() {
    Fixture f = fixture();
    String ask = "/api/v1/jobs/" + f.job + "/evidence?mine=a1&mine=a3";
    long before = listSources.listsRead();

    JsonNode kept = api.get(f.acme.key(), ask).json();

    assertThat(listSources.listsRead()).as("whole lists read").isEqualTo(before);
    assertThat(kept.has("a1")).isTrue();
    assertThat(kept.has("a3")).isTrue();
    explainers.forget(f.job);
    JsonNode rebuilt = api.get(f.acme.key(), ask).json();
    assertThat(listSources.listsRead()).as("both lists read once to rebuild").isEqualTo(before + 2);
    assertThat(rebuilt).isEqualTo(kept);
    api.get(f.acme.key(), ask);
    assertThat(listSources.listsRead()).as("the rebuilt explainer is kept").isEqualTo(before + 2);
  }

  record Fixture(Org acme, Org globex, String partnership, String job) {}

  private Fixture fixture() {
    Org acme = scenario.signUp("Acme");
    Org globex = scenario.signUp("Globex");
    String acmeList = scenario.upload(acme, Scenario.ACME_CSV);
    String globexList = scenario.upload(globex, Scenario.GLOBEX_CSV);
    String p = scenario.partnership(acme, acmeList, globex, globexList, Scenario.GLOBEX_SHARING);
    String job = scenario.startJob(acme, p);
    assertThat(scenario.awaitJob(acme, job, Duration.ofSeconds(60)).path("status").asText()).isEqualTo("SUCCEEDED");
    return new Fixture(acme, globex, p, job);
  }

  private String rerun(Fixture f) {
    String job = scenario.startJob(f.acme, f.partnership);
    assertThat(scenario.awaitJob(f.acme, job, Duration.ofSeconds(60)).path("status").asText()).isEqualTo("SUCCEEDED");
    return job;
  }

  private static String feedback(String job) {
    return "/api/v1/jobs/" + job + "/feedback";
  }

  private List<String> pairsSeenByAcme(Fixture f, String job) {
    List<String> ids = new ArrayList<>();
    api.get(f.acme.key(), "/api/v1/jobs/" + job + "/overlaps?size=1000").json().forEach(r -> ids.add(r.path("mine").path("id").asText()));
    return ids;
  }

  private List<String> actions(Org org) {
    List<String> out = new ArrayList<>();
    api.get(org.key(), "/api/v1/audit").json().forEach(e -> out.add(e.path("action").asText()));
    return out;
  }
}
