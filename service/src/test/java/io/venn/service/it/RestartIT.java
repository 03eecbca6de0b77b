package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.pipeline.MatchResult;
import io.venn.service.job.Matcher;
import io.venn.service.support.Api;
import io.venn.service.support.Instances;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A job interrupted by a shutdown finishes after the restart, with the same matrix an uninterrupted
 * run gives. Two real application contexts over one H2 file, one after the other.
 */
class RestartIT {
  /** Released when the stuck job has started matching in the first run. */
  static final CountDownLatch STARTED = new CountDownLatch(1);

  @Test
  void jobInterruptedByShutdown_finishesAfterRestartWithRightMatrix() throws Exception {
    String db = ItBase.databaseIn("restart");
    Org acme;
    String partnership;
    JsonNode expected;
    Set<List<Object>> expectedMatches;
    String interrupted;

    try (ConfigurableApplicationContext first = Instances.start(db, StuckSecondJob.class)) {
      Api api = new Api(Instances.port(first));
      Scenario scenario = new Scenario(api);
      acme = scenario.signUp("Acme");
      Org globex = scenario.signUp("Globex");
      partnership =
          scenario.partnership(
              acme, scenario.upload(acme, Scenario.ACME_CSV), globex, scenario.upload(globex, Scenario.GLOBEX_CSV),
              Scenario.GLOBEX_SHARING);
      // The first job runs normally: its matrix is the expected answer.
      String reference = scenario.startJob(acme, partnership);
      assertThat(scenario.awaitJob(acme, reference, Duration.ofSeconds(60)).path("status").asText()).isEqualTo("SUCCEEDED");
      expected = api.get(acme.key(), "/api/v1/jobs/" + reference + "/matrix").json();
      expectedMatches = matches(first, reference);

      interrupted = scenario.startJob(acme, partnership);
      assertThat(STARTED.await(30, TimeUnit.SECONDS)).isTrue();
      JsonNode running = api.get(acme.key(), "/api/v1/jobs/" + interrupted).json();
      assertThat(running.path("status").asText()).isEqualTo("RUNNING");
      assertThat(running.path("progress").asDouble()).isGreaterThan(0.0).isLessThan(1.0);
    } // shutdown while the job is RUNNING

    try (ConfigurableApplicationContext second = Instances.start(db)) {
      Api api = new Api(Instances.port(second));
      JsonNode done = new Scenario(api).awaitJob(acme, interrupted, Duration.ofSeconds(60));
      assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
      JsonNode matrix = api.get(acme.key(), "/api/v1/jobs/" + interrupted + "/matrix").json();
      assertThat(matrix.path("cells")).isEqualTo(expected.path("cells"));
      assertThat(matrix.path("columns")).isEqualTo(expected.path("columns"));
      assertThat(api.get(acme.key(), "/api/v1/jobs/" + interrupted + "/overlaps").json().size()).isEqualTo(2);
      assertThat(matches(second, interrupted)).as("the same match set as the uninterrupted run").isNotEmpty().isEqualTo(expectedMatches);
    }
  }

  /** The stored pairs of a job, with their scores. */
  private static Set<List<Object>> matches(ConfigurableApplicationContext context, String job) {
    Set<List<Object>> out = new HashSet<>();
    context.getBean(JdbcTemplate.class).query(
        "SELECT left_idx, right_idx, score FROM job_matches WHERE job_id = ?",
        rs -> {
          out.add(List.of(rs.getInt(1), rs.getInt(2), rs.getDouble(3)));
        },
        job);
    return out;
  }

  /** The real engine for the first job; the second reports progress, then hangs until shutdown interrupts it. */
  @TestConfiguration
  static class StuckSecondJob {
    @Bean
    @Primary
    Matcher stuckOnSecondRun() {
      int[] runs = {0};
      return (left, right, config) -> {
        if (++runs[0] == 1) {
          return io.venn.pipeline.Pipeline.match(left, right, config);
        }
        config.progress().progress(0.3, "score");
        STARTED.countDown();
        Instances.hangUntilInterrupted();
        throw new IllegalStateException("interrupted by shutdown");
      };
    }
  }
}
