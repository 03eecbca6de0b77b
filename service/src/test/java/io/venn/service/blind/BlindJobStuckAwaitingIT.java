package io.venn.service.blind;

import static io.venn.service.support.BlindFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.service.support.Api;
import io.venn.service.support.BlindFlow;
import io.venn.service.support.BlindFlow.Company;
import io.venn.service.support.BlindFlow.Machine;
import io.venn.service.support.Instances;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import io.venn.view.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A blind job whose second list is stored while the job never moved to RUNNING (the uploading
 * process died in between, or two uploads at once each saw one list) is still matched: the queue's
 * poll picks it up. Found in review: it used to wait for ever, and no new blind job could start.
 */
class BlindJobStuckAwaitingIT {
  @Test
  void bothListsStoredButStillAwaiting_isMatchedByThePoll() throws Exception {
    Path dir = Files.createTempDirectory("venn-blind-stuck");
    String db = "jdbc:h2:file:" + dir.resolve("venn") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    try (ConfigurableApplicationContext app = Instances.start(db)) {
      Api api = new Api(Instances.port(app));
      Scenario scenario = new Scenario(api);
      BlindFlow flow = new BlindFlow(api);
      Org acmeOrg = scenario.signUp("Acme");
      Org globexOrg = scenario.signUp("Globex");
      String p = ok(api.post(acmeOrg.key(), "/api/v1/partnerships", Map.of("partnerId", globexOrg.id()))).text("id");
      ok(api.post(globexOrg.key(), "/api/v1/partnerships/" + p + "/accept", null));
      ok(api.put(globexOrg.key(), "/api/v1/partnerships/" + p + "/sharing", Map.of("default", Map.of("level", "OVERLAPS", "fields", List.of("name")))));
      Machine acme = BlindFlow.machine(acmeOrg);
      Machine globex = BlindFlow.machine(globexOrg);
      flow.agreeSecret(p, acme, globex);
      String jobId = ok(api.post(acmeOrg.key(), "/api/v1/partnerships/" + p + "/blind/jobs", null)).text("id");

      Random random = new Random(5);
      List<Company> acmeList = new ArrayList<>();
      List<Company> globexList = new ArrayList<>();
      for (int i = 0; i < 110; i++) {
        Company a = BlindFlow.company(random, "ACME", i, "Customers");
        acmeList.add(a);
        globexList.add(i < 30 ? BlindFlow.sameCompany(a, random, "GLBX", i, "Customers") : BlindFlow.company(random, "GLBX", i, "Customers"));
      }
      ok(flow.encodeAndUpload(acme, jobId, BlindFlow.csv(acmeList), "name"));

      // Globex's list reaches the database, but the move to RUNNING never happens.
      Files.writeString(globex.file("job.json"), ok(api.get(globexOrg.key(), "/api/v1/blind/jobs/" + jobId)).body());
      Files.writeString(globex.file("accounts.csv"), BlindFlow.csv(globexList));
      BlindFlow.cli("encode", "--secret-file", globex.file("partnership.secret"), "--job", globex.file("job.json"),
          "--in", globex.file("accounts.csv"), "--out", globex.file("accounts.venn"), "--share", "name");
      byte[] encoded = Files.readAllBytes(globex.file("accounts.venn"));
      String release = Files.readString(globex.file("accounts.venn.release"));
      int records = BlindService.parse(encoded, "list").accounts().size();
      app.getBean(BlindRepository.class).insertList(jobId, Side.RIGHT, globexOrg.id(), records, Map.of(), encoded, release);

      JsonNode done = flow.await(acmeOrg, jobId);
      assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
      assertThat(flow.viewAndOpen(acme, jobId)).as("Acme's opened view: a header and the 30 shared overlaps").hasSize(31);

      // As if the process had died during each of three runs: the job fails rather than run again.
      app.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update(
          "UPDATE blind_jobs SET status = 'RUNNING', attempts = 3, lease_until = NULL, finished_at = NULL WHERE id = ?", jobId);
      JsonNode failed = flow.await(acmeOrg, jobId);
      assertThat(failed.path("status").asText()).as(failed.toString()).isEqualTo("FAILED");
      assertThat(failed.path("error").asText()).contains("interrupted 3 times");
    }
  }
}
