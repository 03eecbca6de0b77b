package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A job whose runs keep ending with the process (the OS killing it for memory, say) is re-run after
 * a restart, but not for ever: after three runs that never finished it fails with a clear error, so
 * it cannot take the service down at every start.
 */
class InterruptedTooOftenIT extends ItBase {
  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> databaseIn("interrupted-too-often"));
    r.add("venn.jobs.poll-interval", () -> "200ms");
  }

  @Autowired JdbcTemplate jdbc;

  @Test
  void jobLeftRunning_isRerunTwice_thenFails() {
    Org acme = scenario.signUp("Acme");
    Org globex = scenario.signUp("Globex");
    String p = scenario.partnership(acme, scenario.upload(acme, Scenario.ACME_CSV), globex,
        scenario.upload(globex, Scenario.GLOBEX_CSV), Scenario.GLOBEX_SHARING);

    String rerun = finished(scenario.startJob(acme, p), acme);
    leftRunningBy(rerun, 2);
    JsonNode again = scenario.awaitJob(acme, rerun, Duration.ofSeconds(60));
    assertThat(again.path("status").asText()).as("two interrupted runs: run again").isEqualTo("SUCCEEDED");

    String poison = finished(scenario.startJob(acme, p), acme);
    leftRunningBy(poison, 3);
    JsonNode failed = scenario.awaitJob(acme, poison, Duration.ofSeconds(60));
    assertThat(failed.path("status").asText()).isEqualTo("FAILED");
    assertThat(failed.path("error").asText()).contains("interrupted 3 times", "Request a new job");
  }

  private String finished(String job, Org org) {
    assertThat(scenario.awaitJob(org, job, Duration.ofSeconds(60)).path("status").asText()).isEqualTo("SUCCEEDED");
    return job;
  }

  /** As if the process running the job had died during each of {@code runs} runs. */
  private void leftRunningBy(String job, int runs) {
    jdbc.update("UPDATE jobs SET status = 'RUNNING', attempts = ?, lease_until = NULL, lease_owner = 'gone', finished_at = NULL "
        + "WHERE id = ?", runs, job);
  }
}
