package io.venn.service.it;

import static io.venn.service.support.BlindFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.service.blind.BlindMatcher;
import io.venn.service.support.Api;
import io.venn.service.support.Instances;
import io.venn.service.support.BlindFlow;
import io.venn.service.support.BlindFlow.Company;
import io.venn.service.support.BlindFlow.Machine;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A blind job interrupted by a shutdown while matching is matched again after the restart, from the
 * encoded lists the service kept, and both sides get their views as if nothing happened. Two real
 * application contexts over one H2 file, one after the other (as {@code RestartIT} for match jobs).
 */
class BlindRestartIT {
  /** Released when the blind job has started matching in the first run. */
  static final CountDownLatch STARTED = new CountDownLatch(1);

  private static final int OVERLAP = 40;

  @Test
  void blindJobInterruptedByShutdown_isMatchedAfterRestart() throws Exception {
    String db = ItBase.databaseIn("blind-restart");
    Org acmeOrg;
    Machine acme;
    Machine globex;
    String jobId;

    try (ConfigurableApplicationContext first = Instances.start(db, StuckBlindMatch.class)) {
      Api api = new Api(Instances.port(first));
      Scenario scenario = new Scenario(api);
      BlindFlow flow = new BlindFlow(api);
      acmeOrg = scenario.signUp("Acme");
      Org globexOrg = scenario.signUp("Globex");
      String p = ok(api.post(acmeOrg.key(), "/api/v1/partnerships", Map.of("partnerId", globexOrg.id()))).text("id");
      ok(api.post(globexOrg.key(), "/api/v1/partnerships/" + p + "/accept", null));
      for (Org org : List.of(acmeOrg, globexOrg)) {
        ok(api.put(org.key(), "/api/v1/partnerships/" + p + "/sharing", Map.of("default", Map.of("level", "OVERLAPS", "fields", List.of("name")))));
      }
      acme = BlindFlow.machine(acmeOrg);
      globex = BlindFlow.machine(globexOrg);
      flow.agreeSecret(p, acme, globex);
      jobId = ok(api.post(acmeOrg.key(), "/api/v1/partnerships/" + p + "/blind/jobs", null)).text("id");

      Random random = new Random(8);
      List<Company> acmeList = new ArrayList<>();
      List<Company> globexList = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        Company a = BlindFlow.company(random, "ACME", i, "Customers");
        acmeList.add(a);
        globexList.add(i < OVERLAP ? BlindFlow.sameCompany(a, random, "GLBX", i, "Prospects") : BlindFlow.company(random, "GLBX", i, "Prospects"));
      }
      ok(flow.encodeAndUpload(acme, jobId, BlindFlow.csv(acmeList), "name"));
      ok(flow.encodeAndUpload(globex, jobId, BlindFlow.csv(globexList), "name"));
      assertThat(STARTED.await(30, TimeUnit.SECONDS)).as("the blind match started").isTrue();
      assertThat(ok(api.get(acmeOrg.key(), "/api/v1/blind/jobs/" + jobId)).text("status")).isEqualTo("RUNNING");
    } // shutdown while the blind job is RUNNING

    try (ConfigurableApplicationContext second = Instances.start(db)) {
      Api api = new Api(Instances.port(second));
      BlindFlow flow = new BlindFlow(api);
      JsonNode done = flow.await(acmeOrg, jobId);
      assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
      assertThat(done.has("matches")).as("no total: it would count overlaps in populations either side hides").isFalse();
      // Each side opens its view on its own machine, with the secret it kept across the restart.
      assertThat(flow.viewAndOpen(acme, jobId)).hasSize(OVERLAP + 1);
      assertThat(flow.viewAndOpen(globex, jobId)).hasSize(OVERLAP + 1);
      String audit = ok(api.get(acmeOrg.key(), "/api/v1/audit")).body();
      assertThat(audit).contains("BLIND_JOB_SUCCEEDED").doesNotContain("BLIND_JOB_FAILED");
    }
  }

  /** A blind match that starts, then hangs until shutdown interrupts it. */
  @TestConfiguration
  static class StuckBlindMatch {
    @Bean
    @Primary
    BlindMatcher stuckBlindMatcher() {
      return (left, right) -> {
        STARTED.countDown();
        Instances.hangUntilInterrupted();
        throw new IllegalStateException("interrupted by shutdown");
      };
    }
  }
}
