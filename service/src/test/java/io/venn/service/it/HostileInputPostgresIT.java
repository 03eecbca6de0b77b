package io.venn.service.it;

import io.venn.service.support.PostgresDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;

/** {@link HostileInputIT} on a real PostgreSQL server, which refuses what H2 lets through (NUL in text). */
@Import(PostgresDatabase.class)
class HostileInputPostgresIT extends HostileInputIT {
  @BeforeAll
  static void requirePostgres() {
    PostgresDatabase.assumeAvailable();
  }
}
