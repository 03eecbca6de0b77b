package io.venn.service.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.read.Account;
import io.venn.service.support.PostgresDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V12 on a database that already holds lists: the ids stored before it get their hash, the column is
 * required from then on, and records are found by id through it, on H2 (as the service runs by
 * default) and on PostgreSQL (when the CI's server is there).
 */
class ListRecordIdHashMigrationIT {
  private static final int RECORDS = 2_500; // more than one of the migration's update batches

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void idsStoredBeforeTheMigrationAreFoundByIdAfterIt(String database) throws Exception {
    DataSource ds = dataSource(database);
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("11").load().migrate();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO organizations (id, name, created_at) VALUES ('o1', 'Acme', CURRENT_TIMESTAMP)");
      s.execute("INSERT INTO account_lists (id, organization_id, name, rows_seen, accepted, rejected_count, rejected_json,"
          + " populations_json, created_at) VALUES ('l1', 'o1', 'old', 0, 0, 0, '[]', '{}', CURRENT_TIMESTAMP)");
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO list_records (list_id, idx, line, ext_id, population) VALUES ('l1', ?, ?, ?, 'Customers')")) {
        for (int i = 0; i < RECORDS; i++) {
          insert.setInt(1, i);
          insert.setLong(2, i + 2);
          insert.setString(3, id(i));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }

    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();

    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT ext_id, ext_id_hash FROM list_records WHERE list_id = 'l1'")) {
      int rows = 0;
      while (rs.next()) {
        assertThat(rs.getInt("ext_id_hash")).isEqualTo(rs.getString("ext_id").hashCode());
        rows++;
      }
      assertThat(rows).isEqualTo(RECORDS);
    }
    ListRepository lists = new ListRepository(new JdbcTemplate(ds), new ObjectMapper());
    // Found by id, also among ids whose hashes collide ("Aa" and "BB"), and an id no record has.
    assertThat(lists.withIds("l1", Set.of(id(7), id(2_400), "Aa", "BB", "nobody"))).isEqualTo(Map.of(7, id(7), 2_400, id(2_400), 1, "Aa", 2, "BB"));

    if (database.equals("h2")) {
      // H2 looks up an IN list only on an index's first column: with the list id first it read the whole list.
      try (Connection c = ds.getConnection(); PreparedStatement explain = c.prepareStatement("EXPLAIN " + ListRepository.withIdsQuery(2))) {
        explain.setString(1, "l1");
        explain.setInt(2, 1);
        explain.setInt(3, 2);
        explain.setString(4, "a");
        explain.setString(5, "b");
        try (ResultSet plan = explain.executeQuery()) {
          plan.next();
          assertThat(plan.getString(1).toLowerCase(java.util.Locale.ROOT)).contains("list_records_id_hash: ext_id_hash in(");
        }
      }
    }

    // Records stored after it carry their hash, so the column can be required.
    lists.insertRecords("l1", RECORDS, List.of(account("CRM-ünïcode-" + "x".repeat(3_000))));
    assertThat(lists.withIds("l1", Set.of("CRM-ünïcode-" + "x".repeat(3_000)))).containsOnlyKeys(RECORDS);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("INSERT INTO list_records (list_id, idx, line, ext_id, population) VALUES ('l1', 99999, 1, 'x', 'All')"))
          .isInstanceOf(java.sql.SQLException.class);
    }
  }

  private static String id(int i) {
    return switch (i) {
      case 1 -> "Aa";
      case 2 -> "BB";
      default -> "001" + i;
    };
  }

  private static Account account(String id) {
    return new Account(id, "Acme", null, null, null, null, null, null, "All", Map.of(), 1);
  }

  private static DataSource dataSource(String database) {
    if (database.equals("h2")) {
      return new DriverManagerDataSource(
          "jdbc:h2:mem:v12" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }
    String url = System.getenv(PostgresDatabase.URL_VARIABLE);
    Assumptions.assumeTrue(url != null && !url.isBlank(), "PostgreSQL not configured: " + PostgresDatabase.URL_VARIABLE);
    return new DriverManagerDataSource(PostgresDatabase.createDatabase(), PostgresDatabase.user(),
        System.getenv().getOrDefault("VENN_TEST_POSTGRES_PASSWORD", ""));
  }
}
