package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.pipeline.Pipeline;
import io.venn.service.job.Matcher;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Jobs of different partnerships run at the same time, not one after the other. */
@Import(ConcurrentJobsIT.BothAtOnce.class)
class ConcurrentJobsIT extends ItBase {
  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> databaseIn("concurrent"));
  }

  @Test
  void jobsOfTwoPartnerships_runConcurrently() {
    Org acme = scenario.signUp("Acme");
    Org globex = scenario.signUp("Globex");
    Org initech = scenario.signUp("Initech");
    String acmeList = scenario.upload(acme, Scenario.ACME_CSV);
    String p1 = scenario.partnership(acme, acmeList, globex, scenario.upload(globex, Scenario.GLOBEX_CSV), null);
    String p2 = scenario.partnership(acme, acmeList, initech, scenario.upload(initech, Scenario.GLOBEX_CSV), null);

    String j1 = scenario.startJob(acme, p1);
    String j2 = scenario.startJob(initech, p2);

    // Each match waits at a two-party barrier: both succeed only if both were running at once. The
    // generous wait is for a loaded CI machine, where the engine's first, cold match took over a minute.
    assertThat(scenario.awaitJob(acme, j1, Duration.ofSeconds(180)).path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(scenario.awaitJob(initech, j2, Duration.ofSeconds(180)).path("status").asText()).isEqualTo("SUCCEEDED");
  }

  @TestConfiguration
  static class BothAtOnce {
    @Bean
    @Primary
    Matcher meetThenMatch() {
      CyclicBarrier barrier = new CyclicBarrier(2);
      return (left, right, config) -> {
        try {
          barrier.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
          throw new IllegalStateException("the other job was not running at the same time", e);
        }
        return Pipeline.match(left, right, config);
      };
    }
  }
}
