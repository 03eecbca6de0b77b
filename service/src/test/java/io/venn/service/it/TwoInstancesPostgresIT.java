package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.pipeline.Pipeline;
import io.venn.service.VennServiceApplication;
import io.venn.service.job.Matcher;
import io.venn.service.support.Api;
import io.venn.service.support.Instances;
import io.venn.service.support.PostgresDatabase;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two service instances on one PostgreSQL database share the job queue: every job runs once, and a
 * job whose instance is killed mid-match is claimed by the other once its lease expires and finished
 * with the same matrix and match set as an uninterrupted run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesPostgresIT {
  private static final Duration LEASE = Duration.ofSeconds(3);
  /** Matcher calls per instance name. */
  static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
  /** The instance whose next match hangs until it is killed; null for none. */
  static volatile String hangOn;
  static volatile CountDownLatch hanging = new CountDownLatch(1);

  private static ConfigurableApplicationContext a;
  private static ConfigurableApplicationContext b;
  private static Api apiA;
  private static Api apiB;

  @BeforeAll
  static void startTwoInstances() {
    PostgresDatabase.assumeAvailable();
    String db = PostgresDatabase.createDatabase();
    a = start(db, "a");
    b = start(db, "b");
    apiA = new Api(Instances.port(a));
    apiB = new Api(Instances.port(b));
  }

  @AfterAll
  static void stop() {
    for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {a, b}) {
      if (c != null && c.isActive()) {
        c.close();
      }
    }
  }

  @Test
  @Order(1)
  void jobsRequestedOnBothInstances_eachRunExactlyOnce() {
    Scenario onA = new Scenario(apiA);
    Scenario onB = new Scenario(apiB);
    Org acme = onA.signUp("Acme");
    String acmeList = onA.upload(acme, Scenario.ACME_CSV);
    int before = calls();
    List<String> jobs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Scenario via = i % 2 == 0 ? onA : onB;
      Org partner = via.signUp("Partner " + i);
      String p = via.partnership(acme, acmeList, partner, via.upload(partner, Scenario.GLOBEX_CSV), null);
      jobs.add(via.startJob(acme, p));
    }
    for (String job : jobs) {
      assertThat(onB.awaitJob(acme, job, Duration.ofSeconds(60)).path("status").asText()).isEqualTo("SUCCEEDED");
    }
    assertThat(calls() - before).as("matcher calls over both instances").isEqualTo(jobs.size());
    for (String job : jobs) {
      assertThat(attempts(job)).isEqualTo(1);
    }
  }

  @Test
  @Order(2)
  void instanceKilledMidJob_otherFinishesItAfterTheLeaseWithTheSameResult() throws Exception {
    Scenario onA = new Scenario(apiA);
    Org acme = onA.signUp("Acme kill");
    Org globex = onA.signUp("Globex kill");
    String p =
        onA.partnership(acme, onA.upload(acme, Scenario.ACME_CSV), globex, onA.upload(globex, Scenario.GLOBEX_CSV),
            Scenario.GLOBEX_SHARING);
    String reference = onA.startJob(acme, p);
    assertThat(onA.awaitJob(acme, reference, Duration.ofSeconds(60)).path("status").asText()).isEqualTo("SUCCEEDED");
    JsonNode expectedMatrix = apiA.get(acme.key(), "/api/v1/jobs/" + reference + "/matrix").json();

    String job = jobHangingOnA(onA, acme, p);
    // While A is alive its heartbeat keeps the lease: B must not take the job, even after a lease length.
    Thread.sleep(LEASE.toMillis() + 1500);
    assertThat(leaseInstance(job)).isEqualTo("a");
    assertThat(attempts(job)).isEqualTo(1);

    a.close(); // killed mid-job: the job stays RUNNING under A's lease, which now expires

    Scenario onB = new Scenario(apiB);
    JsonNode done = onB.awaitJob(acme, job, Duration.ofSeconds(60));
    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    assertThat(leaseInstance(job)).isEqualTo("b");
    assertThat(attempts(job)).isEqualTo(2);
    JsonNode matrix = apiB.get(acme.key(), "/api/v1/jobs/" + job + "/matrix").json();
    assertThat(matrix.path("cells")).isEqualTo(expectedMatrix.path("cells"));
    assertThat(matrix.path("rows")).isEqualTo(expectedMatrix.path("rows"));
    assertThat(matrix.path("columns")).isEqualTo(expectedMatrix.path("columns"));
    assertThat(matches(job)).isNotEmpty().isEqualTo(matches(reference));
  }

  /** Requests jobs through A until A (not B's poll) claims one, then returns it hanging there. */
  private static String jobHangingOnA(Scenario onA, Org acme, String partnership) throws InterruptedException {
    for (int attempt = 0; attempt < 5; attempt++) {
      hanging = new CountDownLatch(1);
      hangOn = "a";
      String job = onA.startJob(acme, partnership);
      if (hanging.await(20, TimeUnit.SECONDS) && "a".equals(leaseInstance(job))) {
        return job;
      }
      hangOn = null; // B's poll won the race and ran it normally: try again
      onA.awaitJob(acme, job, Duration.ofSeconds(60));
    }
    throw new AssertionError("instance a never claimed a job");
  }

  private static Set<List<Object>> matches(String job) {
    Set<List<Object>> out = new HashSet<>();
    jdbc().query(
        "SELECT left_idx, right_idx, score FROM job_matches WHERE job_id = ?",
        rs -> {
          out.add(List.of(rs.getInt(1), rs.getInt(2), rs.getDouble(3)));
        },
        job);
    return out;
  }

  private static String leaseInstance(String job) {
    return jdbc().queryForObject("SELECT lease_instance FROM jobs WHERE id = ?", String.class, job);
  }

  private static int attempts(String job) {
    Integer n = jdbc().queryForObject("SELECT attempts FROM jobs WHERE id = ?", Integer.class, job);
    return n == null ? 0 : n;
  }

  private static JdbcTemplate jdbc() {
    return b.getBean(JdbcTemplate.class);
  }

  private static int calls() {
    return CALLS.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  private static ConfigurableApplicationContext start(String db, String instance) {
    return new SpringApplicationBuilder(VennServiceApplication.class, Instrumented.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + db,
            "--spring.datasource.username=" + PostgresDatabase.user(),
            "--venn.jobs.instance-name=" + instance,
            "--venn.jobs.lease=" + LEASE.toMillis() + "ms",
            "--venn.jobs.poll-interval=200ms",
            "--venn.min-cell-count=2",
            "--spring.jmx.enabled=false");
  }

  /** The real engine, counted per instance; hangs on the instance named in {@link #hangOn} until interrupted. */
  @TestConfiguration
  static class Instrumented {
    @Bean
    @Primary
    Matcher countingMatcher(Environment env) {
      String instance = env.getProperty("venn.jobs.instance-name");
      AtomicInteger calls = CALLS.computeIfAbsent(instance, k -> new AtomicInteger());
      return (left, right, config) -> {
        calls.incrementAndGet();
        if (instance.equals(hangOn)) {
          hangOn = null;
          config.progress().progress(0.3, "score");
          hanging.countDown();
          Instances.hangUntilInterrupted();
          throw new IllegalStateException("killed");
        }
        return Pipeline.match(left, right, config);
      };
    }
  }
}
