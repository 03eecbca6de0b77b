package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.service.support.Api;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The configurable bounds, set small here so each is reached: every one answers with a problem whose
 * {@code limit} names the setting; the rate limits answer 429 with {@code Retry-After}. Its own
 * context: the failed sign-in test blocks the loopback address for a minute.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LimitsIT extends ItBase {
  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> databaseIn("limits"));
    r.add("venn.limits.failed-sign-ins-per-minute", () -> "5");
    r.add("venn.limits.requests-per-minute", () -> "40");
    r.add("venn.limits.matrix-cells", () -> "4");
  }

  @Test
  @Order(Integer.MAX_VALUE) // last: it blocks the loopback address for the rest of the minute
  void wrongKeys_areLimitedPerAddressWith429AndRetryAfter() {
    Org acme = scenario.signUp("Acme");
    for (int i = 0; i < 5; i++) {
      assertThat(api.get("venn_guess" + i, "/api/v1/organizations/me").status()).isEqualTo(401);
    }
    Api.Response blocked = api.get("venn_guess5", "/api/v1/organizations/me");
    assertThat(blocked.status()).as(blocked.toString()).isEqualTo(429);
    assertThat(blocked.contentType()).startsWith("application/problem+json");
    assertThat(blocked.text("limit")).isEqualTo("venn.limits.failed-sign-ins-per-minute");
    assertThat(Long.parseLong(blocked.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    // While blocked, even a right key from that address waits: a guesser cannot test keys in between.
    assertThat(api.get(acme.key(), "/api/v1/organizations/me").status()).isEqualTo(429);
  }

  @Test
  void requestsPerOrganization_areLimitedWith429() {
    Org busy = scenario.signUp("Busy");
    Org other = scenario.signUp("Other");
    int ok = 0;
    Api.Response last = null;
    for (int i = 0; i < 45 && (last == null || last.status() == 200); i++) {
      last = api.get(busy.key(), "/api/v1/lists");
      ok += last.status() == 200 ? 1 : 0;
    }
    assertThat(ok).isEqualTo(40);
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.text("limit")).isEqualTo("venn.limits.requests-per-minute");
    assertThat(last.raw().headers().firstValue("Retry-After")).isPresent();
    assertThat(api.get(other.key(), "/api/v1/lists").status()).as("another organization is not slowed").isEqualTo(200);
  }

  @Test
  void matrixLargerThanTheLimit_isRefusedNamingIt() {
    Org acme = scenario.signUp("Acme matrix");
    Org globex = scenario.signUp("Globex matrix");
    String p =
        scenario.partnership(
            acme, scenario.upload(acme, Scenario.ACME_CSV), globex, scenario.upload(globex, Scenario.GLOBEX_CSV), null);
    Api.Response r = api.post(acme.key(), "/api/v1/partnerships/" + p + "/jobs", null);
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.text("limit")).isEqualTo("venn.limits.matrix-cells");
    assertThat(r.text("detail")).contains("9 cells", "at most 4");
  }
}
