package io.venn.service.list;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.read.Account;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ListRepository {
  private static final TypeReference<List<AccountListInfo.Rejection>> REJECTIONS = new TypeReference<>() {};
  private static final TypeReference<LinkedHashMap<String, Long>> POPULATIONS = new TypeReference<>() {};
  private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {};

  /** Rows per round trip when a list is read: bounded memory on PostgreSQL, few round trips. */
  private static final int FETCH_SIZE = 5000;

  /** Wanted records at most this far apart are read by one range, the rows between them skipped. */
  private static final int RANGE_GAP = 64;

  /** Rows one range statement covers at most: bounded memory where a driver buffers the result. */
  private static final int RANGE_SPAN = 10_000;

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final AtomicLong wholeReads = new AtomicLong();
  private final AtomicLong recordReads = new AtomicLong();

  ListRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(AccountListInfo list) {
    jdbc.update(
        """
        INSERT INTO account_lists (id, organization_id, name, rows_seen, accepted, rejected_count, rejected_json,
          populations_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        list.id(),
        list.organizationId(),
        list.name(),
        list.rows(),
        list.accepted(),
        list.rejectedCount(),
        write(list.rejected()),
        write(list.populations()),
        Timestamp.from(list.createdAt()));
  }

  void updateCounts(AccountListInfo list) {
    jdbc.update(
        "UPDATE account_lists SET rows_seen = ?, accepted = ?, rejected_count = ?, rejected_json = ?, populations_json = ? WHERE id = ?",
        list.rows(),
        list.accepted(),
        list.rejectedCount(),
        write(list.rejected()),
        write(list.populations()),
        list.id());
  }

  /** Inserts accounts in one JDBC batch; {@code firstIdx} is the position of the first one in the list. */
  void insertRecords(String listId, int firstIdx, List<Account> accounts) {
    List<Object[]> rows = new ArrayList<>(accounts.size());
    int idx = firstIdx;
    for (Account a : accounts) {
      rows.add(
          new Object[] {
            listId, idx++, a.line(), a.id(), RecordIdHash.of(a.id()), a.name(), a.domain(), a.country(), a.city(), a.state(),
            a.phone(), a.registration(), a.population(), a.attributes().isEmpty() ? null : write(a.attributes())
          });
    }
    jdbc.batchUpdate(
        """
        INSERT INTO list_records (list_id, idx, line, ext_id, ext_id_hash, name, domain, country, city, state, phone,
          registration, population, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows);
  }

  Optional<AccountListInfo> find(String id) {
    return jdbc.query("SELECT * FROM account_lists WHERE id = ?", this::info, id).stream().findFirst();
  }

  List<AccountListInfo> findByOrganization(String organizationId) {
    return jdbc.query(
        "SELECT * FROM account_lists WHERE organization_id = ? ORDER BY created_at DESC", this::info, organizationId);
  }

  void delete(String id) {
    jdbc.update("DELETE FROM account_lists WHERE id = ?", id);
  }

  /** The number of accepted accounts stored for the list: what {@link #forEachAccount} hands over. */
  int count(String listId) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM list_records WHERE list_id = ?", Integer.class, listId);
    return n == null ? 0 : n;
  }

  /** The text columns a view reads of single records. */
  enum Column {
    POPULATION("population");

    private final String name;

    Column(String name) {
      this.name = name;
    }
  }

  /**
   * One column of the records at {@code indices} (ascending, distinct), aligned with them: what a
   * view's counts (populations) need. Read by primary-key ranges
   * ({@link #forEachAt}), not by scanning the list.
   *
   * @throws IllegalStateException if a record is missing: a finished job's list was changed under it
   */
  String[] columnAt(String listId, int[] indices, Column column) {
    String[] out = new String[indices.length];
    Map<String, String> labels = new HashMap<>(); // one String per population label, as forEachAccount keeps them
    forEachAt(listId, indices, "idx, " + column.name, (at, rs) -> {
      String value = rs.getString(column.name);
      out[at] = column == Column.POPULATION ? labels.computeIfAbsent(value, l -> l) : value;
    });
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        throw new IllegalStateException("list " + listId + " has no record " + indices[i]);
      }
    }
    return out;
  }

  /**
   * The records whose id is one of {@code ids}, as index to id: a drill-down names its records by id.
   * Found through the index on the ids' hashes ({@link RecordIdHash}), not by reading the list.
   */
  Map<Integer, String> withIds(String listId, Collection<String> ids) {
    Map<Integer, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<Object> args = new ArrayList<>(2 * ids.size() + 1);
    args.add(listId);
    ids.forEach(id -> args.add(RecordIdHash.of(id)));
    args.addAll(ids);
    jdbc.query(withIdsQuery(ids.size()),
        rs -> {
          out.put(rs.getInt("idx"), rs.getString("ext_id"));
        },
        args.toArray());
    return out;
  }

  /** {@link #withIds}'s statement for {@code n} ids: the list, then the n hashes, then the n ids. */
  static String withIdsQuery(int n) {
    String marks = String.join(",", java.util.Collections.nCopies(n, "?"));
    return "SELECT idx, ext_id FROM list_records WHERE list_id = ? AND ext_id_hash IN (" + marks + ") AND ext_id IN (" + marks + ")";
  }

  /** The accounts at {@code indices} (ascending, distinct), by index; a drill-down page reads only these. */
  Map<Integer, Account> accountsAt(String listId, int[] indices) {
    Map<Integer, Account> out = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    forEachAt(listId, indices, "*", (at, rs) -> out.put(indices[at], account(rs, labels)));
    return out;
  }

  /** A row of {@link #forEachAt}: {@code at} is its position in the indices asked for. */
  @FunctionalInterface
  private interface RowAt {
    void accept(int at, ResultSet rs) throws SQLException;
  }

  /**
   * Hands {@code row} the rows at {@code indices} (ascending, distinct), read by index ranges
   * {@code list_id = ? AND idx BETWEEN ? AND ?}: the primary key's range scan on H2 and PostgreSQL
   * alike. (H2 scans the whole list for {@code idx IN (?, ...)} with parameters.) Indices closer
   * than {@link #RANGE_GAP} share a range, so a dense set of matches costs a few hundred statements
   * reading a few unwanted rows, and a sparse one point lookups; no range spans more than
   * {@link #RANGE_SPAN} rows.
   */
  private void forEachAt(String listId, int[] indices, String columns, RowAt row) {
    recordReads.incrementAndGet();
    String sql = "SELECT " + columns + " FROM list_records WHERE list_id = ? AND idx BETWEEN ? AND ?";
    int from = 0;
    while (from < indices.length) {
      int to = from + 1;
      while (to < indices.length && indices[to] - indices[to - 1] <= RANGE_GAP && indices[to] - indices[from] < RANGE_SPAN) {
        to++;
      }
      int first = from;
      int last = to;
      jdbc.query(
          sql,
          rs -> {
            int at = Arrays.binarySearch(indices, first, last, rs.getInt("idx"));
            if (at >= 0) {
              row.accept(at, rs);
            }
          },
          listId,
          indices[from],
          indices[to - 1]);
      from = to;
    }
  }

  /**
   * Hands every accepted account of the list to {@code sink} as it is read, by index (the order a
   * job's matches refer to), holding none: a job encodes a million-record list this way. On a connection
   * of its own, not the calling thread's: the engine writes job progress from inside {@code sink},
   * which must commit on its own, while the read runs outside auto-commit, the only way PostgreSQL's
   * driver honours the fetch size instead of reading the whole result into memory first.
   */
  void forEachAccount(String listId, Consumer<Account> sink) {
    wholeReads.incrementAndGet();
    String sql = "SELECT * FROM list_records WHERE list_id = ? ORDER BY idx";
    // One String per population label, as the CSV reader keeps them: a million rows of "Customers"
    // would otherwise be a million copies alive while a job reads them.
    Map<String, String> labels = new HashMap<>();
    try (Connection con = jdbc.getDataSource().getConnection()) {
      boolean autoCommit = con.getAutoCommit();
      con.setAutoCommit(false);
      try (PreparedStatement ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        ps.setFetchSize(FETCH_SIZE);
        ps.setString(1, listId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sink.accept(account(rs, labels));
          }
        }
      } catch (RuntimeException | SQLException e) {
        endRead(con, autoCommit, e); // the read's own failure is the one reported
        throw e;
      }
      endRead(con, autoCommit, null);
    } catch (SQLException e) {
      throw jdbc.getExceptionTranslator().translate("reading list " + listId, sql, e);
    }
  }

  /** How many times {@link #forEachAccount} has been called. */
  long wholeReads() {
    return wholeReads.get();
  }

  /** How many times since start records were read by index ({@link #columnAt}, {@link #accountsAt}). */
  long recordReads() {
    return recordReads.get();
  }

  /** Rolls the read-only transaction back; a failure doing so is added to {@code cause} if there is one. */
  private static void endRead(Connection con, boolean autoCommit, Exception cause) throws SQLException {
    try {
      con.rollback(); // read only: nothing to keep
      con.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      if (cause == null) {
        throw e;
      }
      cause.addSuppressed(e);
    }
  }

  private Account account(ResultSet rs, Map<String, String> labels) throws SQLException {
    String attrs = rs.getString("attributes");
    return new Account(
        rs.getString("ext_id"),
        rs.getString("name"),
        rs.getString("domain"),
        rs.getString("country"),
        rs.getString("city"),
        rs.getString("state"),
        rs.getString("phone"),
        rs.getString("registration"),
        labels.computeIfAbsent(rs.getString("population"), l -> l),
        attrs == null ? Map.of() : read(attrs, ATTRIBUTES),
        rs.getLong("line"));
  }

  private AccountListInfo info(ResultSet rs, int n) throws SQLException {
    return new AccountListInfo(
        rs.getString("id"),
        rs.getString("organization_id"),
        rs.getString("name"),
        rs.getLong("rows_seen"),
        rs.getLong("accepted"),
        rs.getLong("rejected_count"),
        read(rs.getString("rejected_json"), REJECTIONS),
        read(rs.getString("populations_json"), POPULATIONS),
        rs.getTimestamp("created_at").toInstant());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt JSON column: " + e.getOriginalMessage(), e);
    }
  }
}
