package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.service.VennServiceApplication;
import io.venn.service.support.Api;
import io.venn.service.support.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** --venn.demo=true seeds a working partnership once, and a second start does not seed again. */
class DemoIT {
  private static final String NORTHWIND = "venn_demo_northwind_PUBLIC_demo_key_do_not_use";
  private static final String CONTOSO = "venn_demo_contoso_PUBLIC_demo_key_do_not_use";

  @Test
  void demo_seedsOnceAndServesAMatrixWithSharedOverlaps() {
    String db = ItBase.databaseIn("demo");
    try (ConfigurableApplicationContext app = start(db)) {
      Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
      JsonNode partnerships = api.get(NORTHWIND, "/api/v1/partnerships").json();
      assertThat(partnerships.size()).isEqualTo(1);
      assertThat(partnerships.get(0).path("status").asText()).isEqualTo("ACTIVE");
      String p = partnerships.get(0).path("id").asText();
      String job = api.get(NORTHWIND, "/api/v1/partnerships/" + p + "/jobs").json().get(0).path("id").asText();
      Scenario.Org northwind = new Scenario.Org(null, null, NORTHWIND);
      assertThat(new Scenario(api).awaitJob(northwind, job, Duration.ofSeconds(90)).path("status").asText())
          .isEqualTo("SUCCEEDED");

      JsonNode matrix = api.get(NORTHWIND, "/api/v1/jobs/" + job + "/matrix").json();
      assertThat(matrix.path("rows").size()).isEqualTo(3);
      int total = 0;
      for (JsonNode c : matrix.path("cells")) {
        total += c.path("overlaps").asInt(0);
      }
      assertThat(total).isGreaterThan(100); // 160 companies are in both lists
      // Contoso shares Customers (name, domain, owner) and Open Opportunities (name, domain); Prospects only as counts.
      JsonNode northwindSees = api.get(NORTHWIND, "/api/v1/jobs/" + job + "/overlaps?size=1000").json();
      assertThat(northwindSees.size()).isPositive();
      for (JsonNode row : northwindSees) {
        String pop = row.path("theirsPopulation").asText();
        assertThat(pop).isIn("Customers", "Open Opportunities");
        row.path("theirs").fieldNames().forEachRemaining(
            f -> assertThat(f).isIn(pop.equals("Customers") ? List.of("name", "domain", "owner") : List.of("name", "domain")));
      }
      // Northwind shares only its Customers as records, and hides its Prospects entirely.
      JsonNode contosoSees = api.get(CONTOSO, "/api/v1/jobs/" + job + "/overlaps?size=1000").json();
      assertThat(contosoSees.size()).isPositive();
      for (JsonNode row : contosoSees) {
        assertThat(row.path("theirsPopulation").asText()).isEqualTo("Customers");
      }
      JsonNode contosoMatrix = api.get(CONTOSO, "/api/v1/jobs/" + job + "/matrix").json();
      assertThat(contosoMatrix.path("columns").toString()).doesNotContain("Prospects");
    }
    try (ConfigurableApplicationContext again = start(db)) {
      Api api = new Api(((WebServerApplicationContext) again).getWebServer().getPort());
      assertThat(api.get(NORTHWIND, "/api/v1/partnerships").json().size()).isEqualTo(1);
      assertThat(api.get(NORTHWIND, "/api/v1/lists").json().size()).isEqualTo(1);
    }
  }

  private static ConfigurableApplicationContext start(String db) {
    return new SpringApplicationBuilder(VennServiceApplication.class)
        .run("--server.port=0", "--spring.datasource.url=" + db, "--venn.demo=true");
  }
}
