package io.venn.service.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Runs an integration test class against the real PostgreSQL server that {@code .ci/test-services.sh}
 * starts ({@code VENN_TEST_POSTGRES_URL}, {@code VENN_TEST_POSTGRES_USER}). {@code @Import} it: its
 * DataSource replaces the embedded H2 one (whatever {@code spring.datasource.url} says), in a fresh
 * database per application context, so classes never see each other's data and migrations run from
 * scratch. Without the variables the class is skipped (call {@link #assumeAvailable()} in
 * {@code @BeforeAll}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresDatabase {
  public static final String URL_VARIABLE = "VENN_TEST_POSTGRES_URL";

  /** Skips the calling test class, with a plain message, when no PostgreSQL server is configured. */
  public static void assumeAvailable() {
    Assumptions.assumeTrue(
        System.getenv(URL_VARIABLE) != null && !System.getenv(URL_VARIABLE).isBlank(),
        "PostgreSQL tests skipped: " + URL_VARIABLE + " is not set (run: bash .ci/test-services.sh start)");
  }

  public static String user() {
    String user = System.getenv("VENN_TEST_POSTGRES_USER");
    return user == null || user.isBlank() ? "venn" : user;
  }

  /** Creates an empty database on the test server and returns its JDBC URL. */
  public static String createDatabase() {
    String url = System.getenv(URL_VARIABLE);
    String name = "venn_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(url, user(), System.getenv().getOrDefault("VENN_TEST_POSTGRES_PASSWORD", ""));
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + url + ": " + e.getMessage(), e);
    }
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
  }

  @Bean
  DataSource dataSource() {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(createDatabase());
    ds.setUsername(user());
    ds.setPassword(System.getenv().getOrDefault("VENN_TEST_POSTGRES_PASSWORD", ""));
    ds.setMaximumPoolSize(10);
    return ds;
  }
}
