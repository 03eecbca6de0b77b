package io.venn.service.it;

import io.venn.service.support.PostgresDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;

/** {@link UploadIT} on a real PostgreSQL server, the production database. */
@Import(PostgresDatabase.class)
class UploadPostgresIT extends UploadIT {
  @BeforeAll
  static void requirePostgres() {
    PostgresDatabase.assumeAvailable();
  }
}
