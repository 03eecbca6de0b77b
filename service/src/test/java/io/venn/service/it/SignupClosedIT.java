package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.service.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** venn.signup.open=false: only the administrator's token creates organizations. */
class SignupClosedIT extends ItBase {
  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> databaseIn("closed"));
    r.add("venn.signup.open", () -> "false");
    r.add("venn.admin-token", () -> "s3cret-admin-token");
  }

  @Test
  void signUp_requiresAdminToken() {
    Api.Response none = api.post(null, "/api/v1/organizations", Map.of("name", "Acme"));
    assertThat(none.status()).isEqualTo(403);
    assertThat(none.contentType()).startsWith("application/problem+json");
    assertThat(none.text("detail")).contains("X-Admin-Token");

    Api.Response wrong =
        api.send(null, "POST", "/api/v1/organizations", "{\"name\":\"Acme\"}", "application/json", Map.of("X-Admin-Token", "guess"));
    assertThat(wrong.status()).isEqualTo(403);

    Api.Response right =
        api.send(
            null, "POST", "/api/v1/organizations", "{\"name\":\"Acme\"}", "application/json",
            Map.of("X-Admin-Token", "s3cret-admin-token"));
    assertThat(right.status()).isEqualTo(201);
    assertThat(right.text("apiKey")).startsWith("venn_");
  }
}
