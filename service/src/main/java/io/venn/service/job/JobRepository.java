package io.venn.service.job;

import io.venn.cluster.Entity;
import io.venn.pipeline.Match;
import io.venn.pipeline.MatchResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JobRepository {
  private final JdbcTemplate jdbc;

  JobRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Job job) {
    jdbc.update(
        """
        INSERT INTO jobs (id, partnership_id, requested_by, status, progress, left_list_id, right_list_id, created_at)
        VALUES (?, ?, ?, ?, 0, ?, ?, ?)
        """,
        job.id(), job.partnershipId(), job.requestedBy(), job.status().name(), job.leftListId(), job.rightListId(),
        Timestamp.from(job.createdAt()));
  }

  Optional<Job> find(String id) {
    return jdbc.query("SELECT * FROM jobs WHERE id = ?", this::row, id).stream().findFirst();
  }

  List<Job> findByPartnership(String partnershipId) {
    return jdbc.query("SELECT * FROM jobs WHERE partnership_id = ? ORDER BY created_at DESC", this::row, partnershipId);
  }

  /** Jobs a shutdown interrupted or never started, oldest first. */
  List<Job> unfinished() {
    return jdbc.query("SELECT * FROM jobs WHERE status IN ('QUEUED', 'RUNNING') ORDER BY created_at", this::row);
  }

  boolean hasUnfinished(String partnershipId) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM jobs WHERE partnership_id = ? AND status IN ('QUEUED', 'RUNNING')",
            Integer.class,
            partnershipId);
    return n != null && n > 0;
  }

  void requeue(String id) {
    jdbc.update("UPDATE jobs SET status = 'QUEUED', progress = 0, stage = NULL WHERE id = ?", id);
  }

  /** @return false if the job no longer exists (its list was deleted) */
  boolean markRunning(String id) {
    return jdbc.update(
            "UPDATE jobs SET status = 'RUNNING', progress = 0, stage = NULL, started_at = ? WHERE id = ?",
            Timestamp.from(Instant.now()), id)
        == 1;
  }

  void progress(String id, double fraction, String stage) {
    jdbc.update("UPDATE jobs SET progress = ?, stage = ? WHERE id = ? AND status = 'RUNNING'", fraction, stage, id);
  }

  void fail(String id, String error) {
    jdbc.update(
        "UPDATE jobs SET status = 'FAILED', error = ?, finished_at = ? WHERE id = ?",
        error, Timestamp.from(Instant.now()), id);
  }

  /** Stores the kept pairs and marks the job SUCCEEDED, atomically: a half-stored result is never served. */
  @Transactional
  void succeed(String id, MatchResult result) {
    jdbc.update("DELETE FROM job_matches WHERE job_id = ?", id);
    Map<Integer, Integer> entityOfLeft = new HashMap<>();
    List<Entity> entities = result.entities();
    for (int e = 0; e < entities.size(); e++) {
      for (int l : entities.get(e).left()) {
        entityOfLeft.put(l, e);
      }
    }
    List<Object[]> rows = new ArrayList<>(result.matches().size());
    for (Match m : result.matches()) {
      Integer entity = entityOfLeft.get(m.left());
      if (entity == null) {
        throw new IllegalStateException("match " + m.left() + "~" + m.right() + " belongs to no entity");
      }
      rows.add(new Object[] {id, entity, m.left(), m.right(), m.score()});
    }
    jdbc.batchUpdate("INSERT INTO job_matches (job_id, entity, left_idx, right_idx, score) VALUES (?, ?, ?, ?, ?)", rows);
    jdbc.update(
        "UPDATE jobs SET status = 'SUCCEEDED', progress = 1, stage = NULL, error = NULL, matches = ?, finished_at = ? WHERE id = ?",
        rows.size(), Timestamp.from(Instant.now()), id);
  }

  /** Rebuilds the entities of a finished job from its stored pairs. */
  JobResult result(String id) {
    Map<Integer, TreeSet<Integer>> lefts = new TreeMap<>();
    Map<Integer, TreeSet<Integer>> rights = new TreeMap<>();
    Map<Integer, Double> best = new HashMap<>();
    jdbc.query(
        "SELECT entity, left_idx, right_idx, score FROM job_matches WHERE job_id = ?",
        rs -> {
          int e = rs.getInt("entity");
          lefts.computeIfAbsent(e, k -> new TreeSet<>()).add(rs.getInt("left_idx"));
          rights.computeIfAbsent(e, k -> new TreeSet<>()).add(rs.getInt("right_idx"));
          best.merge(e, rs.getDouble("score"), Math::max);
        },
        id);
    List<Entity> entities = new ArrayList<>(lefts.size());
    double[] scores = new double[lefts.size()];
    int i = 0;
    for (Integer e : lefts.keySet()) {
      entities.add(
          new Entity(
              lefts.get(e).stream().mapToInt(Integer::intValue).toArray(),
              rights.get(e).stream().mapToInt(Integer::intValue).toArray()));
      scores[i++] = best.get(e);
    }
    return new JobResult(entities, scores);
  }

  private Job row(ResultSet rs, int n) throws SQLException {
    int matches = rs.getInt("matches");
    boolean noMatches = rs.wasNull();
    return new Job(
        rs.getString("id"),
        rs.getString("partnership_id"),
        rs.getString("requested_by"),
        JobStatus.valueOf(rs.getString("status")),
        rs.getDouble("progress"),
        rs.getString("stage"),
        rs.getString("error"),
        rs.getString("left_list_id"),
        rs.getString("right_list_id"),
        noMatches ? null : matches,
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("started_at")),
        instant(rs.getTimestamp("finished_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
