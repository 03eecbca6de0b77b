package io.venn.service.it;

import io.venn.service.support.Api;
import io.venn.service.support.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real HTTP against the app on a random port. Each concrete class declares its own temp H2 file
 * via {@link #databaseIn}, so classes never see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ItBase {
  @LocalServerPort int port;
  Api api;
  Scenario scenario;

  @BeforeEach
  void client() {
    api = new Api(port);
    scenario = new Scenario(api);
  }

  static String databaseIn(String name) {
    try {
      Path dir = Files.createTempDirectory("venn-" + name);
      return "jdbc:h2:file:" + dir.resolve("venn") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
