package io.venn.service.it;

import io.venn.service.support.PostgresDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;

/** {@link MatchFlowIT} on a real PostgreSQL server, the production database. */
@Import(PostgresDatabase.class)
class MatchFlowPostgresIT extends MatchFlowIT {
  @BeforeAll
  static void requirePostgres() {
    PostgresDatabase.assumeAvailable();
  }
}
