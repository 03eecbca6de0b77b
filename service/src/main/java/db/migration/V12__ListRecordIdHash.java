package db.migration;

import io.venn.service.list.RecordIdHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets a list's records be found by CRM id without reading the whole list: {@code ext_id_hash}
 * ({@link RecordIdHash}) beside each id, indexed with the list id. At 1M records a drill-down's
 * evidence spent ~3 s finding its 50 ids by scanning the list. Java, not SQL: the hash of the rows
 * already stored is computed here, the way the service computes it for new rows. In Flyway's
 * {@code db/migration} package, so every Flyway over that location runs it, in version order with
 * the SQL ones.
 *
 * <p>Upgrading: it reads and updates every stored record once, holding the table, and the service
 * before it cannot insert records afterwards; stop every instance, then start the new version (see
 * README, "PostgreSQL (production) and several instances"). Rerunnable where a failure left the
 * column behind (H2 commits DDL at once).
 */
public class V12__ListRecordIdHash extends BaseJavaMigration {
  /** Rows updated per JDBC batch. */
  private static final int BATCH = 1000;

  @Override
  public void migrate(Context context) throws Exception {
    Connection con = context.getConnection();
    try (Statement s = con.createStatement()) {
      s.execute("ALTER TABLE list_records ADD COLUMN IF NOT EXISTS ext_id_hash INTEGER");
    }
    try (PreparedStatement select = con.prepareStatement("SELECT list_id, idx, ext_id FROM list_records WHERE ext_id_hash IS NULL");
        PreparedStatement update = con.prepareStatement("UPDATE list_records SET ext_id_hash = ? WHERE list_id = ? AND idx = ?")) {
      select.setFetchSize(BATCH); // PostgreSQL streams within the migration's transaction
      int pending = 0;
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          update.setInt(1, RecordIdHash.of(rs.getString("ext_id")));
          update.setString(2, rs.getString("list_id"));
          update.setInt(3, rs.getInt("idx"));
          update.addBatch();
          if (++pending == BATCH) {
            update.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
    try (Statement s = con.createStatement()) {
      s.execute("ALTER TABLE list_records ALTER COLUMN ext_id_hash SET NOT NULL");
      // The hash first: H2 looks up an IN list only on an index's first column (with the list first
      // it read every row of the list); PostgreSQL serves either order.
      s.execute("CREATE INDEX IF NOT EXISTS list_records_id_hash ON list_records (ext_id_hash, list_id)");
    }
  }
}
