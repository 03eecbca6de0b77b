package io.venn.service.blind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.pipeline.Match;
import io.venn.pipeline.MatchResult;
import io.venn.service.job.Lease;
import io.venn.service.job.LeasedQueue;
import io.venn.view.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class BlindRepository implements LeasedQueue.Table {
  private static final TypeReference<LinkedHashMap<String, Long>> POPULATIONS = new TypeReference<>() {};
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  BlindRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void putKey(String partnershipId, String organizationId, String publicKey) {
    jdbc.update("DELETE FROM blind_keys WHERE partnership_id = ? AND organization_id = ?", partnershipId, organizationId);
    jdbc.update("INSERT INTO blind_keys (partnership_id, organization_id, public_key, created_at) VALUES (?, ?, ?, ?)",
        partnershipId, organizationId, publicKey, Timestamp.from(Instant.now()));
  }

  Optional<String> key(String partnershipId, String organizationId) {
    return jdbc.queryForList("SELECT public_key FROM blind_keys WHERE partnership_id = ? AND organization_id = ?", String.class,
        partnershipId, organizationId).stream().findFirst();
  }

  void insert(BlindJob job) {
    jdbc.update("INSERT INTO blind_jobs (id, partnership_id, requested_by, nonce, status, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        job.id(), job.partnershipId(), job.requestedBy(), job.nonce(), job.status(), Timestamp.from(job.createdAt()));
  }

  Optional<BlindJob> find(String id) {
    return jdbc.query("SELECT * FROM blind_jobs WHERE id = ?", this::job, id).stream().findFirst();
  }

  List<BlindJob> findByPartnership(String partnershipId) {
    return jdbc.query("SELECT * FROM blind_jobs WHERE partnership_id = ? ORDER BY created_at DESC", this::job, partnershipId);
  }

  /** Creation times of the partnership's jobs since {@code since}, oldest first. */
  List<Instant> startedSince(String partnershipId, Instant since) {
    return jdbc.query("SELECT created_at FROM blind_jobs WHERE partnership_id = ? AND created_at > ? ORDER BY created_at",
        (rs, n) -> rs.getTimestamp(1).toInstant(), partnershipId, Timestamp.from(since));
  }

  /** @return false if the job left the state {@code from} meanwhile (a concurrent upload moved it) */
  boolean moveStatus(String id, String from, String to) {
    return jdbc.update("UPDATE blind_jobs SET status = ? WHERE id = ? AND status = ?", to, id, from) == 1;
  }

  /**
   * Running blind jobs any instance may take now, oldest first: never claimed (the process that
   * moved it to RUNNING died first) or whose owner stopped renewing its lease.
   */
  @Override
  public List<String> claimable(Instant now, int max) {
    // A job whose second list is stored but which never moved to RUNNING (the uploading process died
    // in between, or two uploads at once each saw one list) would wait for ever and block new jobs.
    jdbc.update("""
        UPDATE blind_jobs SET status = 'RUNNING'
        WHERE status = 'AWAITING_LISTS' AND (SELECT COUNT(*) FROM blind_lists l WHERE l.job_id = blind_jobs.id) = 2
        """);
    // As for match jobs (LeasedQueue.MAX_ATTEMPTS): a job whose runs keep ending with the process fails.
    jdbc.update("""
        UPDATE blind_jobs SET status = 'FAILED', finished_at = ?, lease_until = NULL,
          error = 'Matching was interrupted ' || attempts || ' times (the service stopped during each run); it is not retried. Start a new blind job.'
        WHERE status = 'RUNNING' AND attempts >= ? AND (lease_until IS NULL OR lease_until < ?)
        """, Timestamp.from(now), LeasedQueue.MAX_ATTEMPTS, Timestamp.from(now));
    return jdbc.queryForList("""
        SELECT id FROM blind_jobs WHERE status = 'RUNNING' AND (lease_until IS NULL OR lease_until < ?)
        ORDER BY created_at LIMIT ?
        """, String.class, Timestamp.from(now), max);
  }

  /** The compare-and-set claim of a RUNNING blind job, as {@code JobRepository.claim} for match jobs. */
  @Override
  public boolean claim(String id, Lease lease, Instant now) {
    return jdbc.update("""
        UPDATE blind_jobs SET lease_owner = ?, lease_instance = ?, lease_until = ?, attempts = attempts + 1
        WHERE id = ? AND status = 'RUNNING' AND (lease_until IS NULL OR lease_until < ?)
        """, lease.owner(), lease.instance(), Timestamp.from(lease.until(now)), id, Timestamp.from(now)) == 1;
  }

  /** @return false if the lease was lost to another instance */
  @Override
  public boolean renew(String id, Lease lease, Instant now) {
    return lease.renew(jdbc, "blind_jobs", id, now);
  }

  /** Makes the blind jobs an earlier run of this instance left RUNNING claimable at once. */
  @Override
  public int releaseInstance(String instance) {
    return jdbc.update("""
        UPDATE blind_jobs SET lease_owner = NULL, lease_instance = NULL, lease_until = NULL
        WHERE status = 'RUNNING' AND lease_instance = ?
        """, instance);
  }

  /** Fails the job unless another instance has taken it over. */
  boolean fail(String id, Lease lease, String error) {
    return jdbc.update("""
        UPDATE blind_jobs SET status = 'FAILED', error = ?, finished_at = ?, lease_until = NULL
        WHERE id = ? AND status = 'RUNNING' AND lease_owner = ?
        """, error, Timestamp.from(Instant.now()), id, lease.owner()) == 1;
  }

  /** A stored upload: who, how many records, by population. */
  record ListInfo(Side side, String organizationId, int records, Map<String, Long> populations) {}

  void insertList(String jobId, Side side, String organizationId, int records, Map<String, Long> populations, byte[] encoded,
      String releaseKey) {
    jdbc.update(
        """
        INSERT INTO blind_lists (job_id, side, organization_id, records, populations_json, encoded, release_key, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        jobId, side.name(), organizationId, records, write(populations), encoded, releaseKey, Timestamp.from(Instant.now()));
  }

  List<ListInfo> lists(String jobId) {
    return jdbc.query("SELECT side, organization_id, records, populations_json FROM blind_lists WHERE job_id = ? ORDER BY side",
        (rs, n) -> new ListInfo(Side.valueOf(rs.getString("side")), rs.getString("organization_id"), rs.getInt("records"),
            read(rs.getString("populations_json"))), jobId);
  }

  byte[] encoded(String jobId, Side side) {
    return jdbc.queryForObject("SELECT encoded FROM blind_lists WHERE job_id = ? AND side = ?", byte[].class, jobId, side.name());
  }

  String releaseKey(String jobId, Side side) {
    return jdbc.queryForObject("SELECT release_key FROM blind_lists WHERE job_id = ? AND side = ?", String.class, jobId, side.name());
  }

  /**
   * Marks the job SUCCEEDED and stores the matched pairs, atomically, if this process still holds its
   * lease: the status is set first, so that row's lock keeps an instance that took over an expired
   * lease from storing its pairs at the same time.
   *
   * @return false (nothing stored) if the lease was lost to another instance
   */
  @Transactional
  boolean succeed(String id, Lease lease, MatchResult result) {
    Map<Integer, Integer> entityOfLeft = new HashMap<>();
    for (int e = 0; e < result.entities().size(); e++) {
      for (int l : result.entities().get(e).left()) {
        entityOfLeft.put(l, e);
      }
    }
    List<Object[]> rows = new ArrayList<>();
    for (Match m : result.matches()) {
      rows.add(new Object[] {id, entityOfLeft.getOrDefault(m.left(), -1), m.left(), m.right(), m.score()});
    }
    int updated = jdbc.update("""
        UPDATE blind_jobs SET status = 'SUCCEEDED', matches = ?, finished_at = ?, lease_until = NULL
        WHERE id = ? AND status = 'RUNNING' AND lease_owner = ?
        """, rows.size(), Timestamp.from(Instant.now()), id, lease.owner());
    if (updated != 1) {
      return false;
    }
    jdbc.batchUpdate("INSERT INTO blind_matches (job_id, entity, left_idx, right_idx, score) VALUES (?, ?, ?, ?, ?)", rows);
    return true;
  }

  /** A matched pair: indices into the left and right lists, its entity and score. */
  record Pair(int entity, int left, int right, double score) {}

  List<Pair> matches(String jobId) {
    return jdbc.query("SELECT entity, left_idx, right_idx, score FROM blind_matches WHERE job_id = ? ORDER BY entity, left_idx, right_idx",
        (rs, n) -> new Pair(rs.getInt("entity"), rs.getInt("left_idx"), rs.getInt("right_idx"), rs.getDouble("score")), jobId);
  }

  private BlindJob job(ResultSet rs, int n) throws SQLException {
    int matches = rs.getInt("matches");
    boolean none = rs.wasNull();
    Timestamp finished = rs.getTimestamp("finished_at");
    return new BlindJob(rs.getString("id"), rs.getString("partnership_id"), rs.getString("requested_by"), rs.getString("nonce"),
        rs.getString("status"), rs.getString("error"), none ? null : matches, rs.getTimestamp("created_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Long> read(String text) {
    try {
      return json.readValue(text, POPULATIONS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt populations_json", e);
    }
  }
}
