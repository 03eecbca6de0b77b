package io.venn.service.it;

import io.venn.service.support.Api;
import io.venn.service.support.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
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

  /** The shipped H2 URL (application.properties) with its file moved into a fresh temp folder. */
  static String databaseIn(String name) {
    try (InputStream in = ItBase.class.getResourceAsStream("/application.properties")) {
      Properties shipped = new Properties();
      shipped.load(in);
      String url = shipped.getProperty("spring.datasource.url");
      if (!url.startsWith("jdbc:h2:file:./data/venn;")) {
        throw new IllegalStateException("the shipped database URL moved: " + url);
      }
      Path dir = Files.createTempDirectory("venn-" + name);
      return url.replace("jdbc:h2:file:./data/venn", "jdbc:h2:file:" + dir.resolve("venn"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
