package io.venn.service.job;

import io.venn.cluster.Entity;
import io.venn.pipeline.Match;
import io.venn.matrix.OverlapMatrix;
import io.venn.pipeline.MatchResult;
import io.venn.view.PopulationCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JobRepository implements LeasedQueue.Table {
  private static final System.Logger LOG = System.getLogger(JobRepository.class.getName());
  private final JdbcTemplate jdbc;
  private final AtomicLong resultReads = new AtomicLong();

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

  /**
   * Jobs any instance may take now, oldest first: QUEUED ones, and RUNNING ones whose owner stopped
   * renewing its lease (it died or was cut off from the database).
   */
  @Override
  public List<String> claimable(Instant now, int max) {
    // A job whose runs keep ending with the process (killed by the OS for memory, say) would be
    // claimed again after every restart and take the service down each time: after LeasedQueue.MAX_ATTEMPTS
    // runs that never finished, it fails instead.
    jdbc.update(
        """
        UPDATE jobs SET status = 'FAILED', finished_at = ?, lease_until = NULL,
          error = 'Matching was interrupted ' || attempts || ' times (the service stopped during each run); it is not retried. Request a new job.'
        WHERE status = 'RUNNING' AND attempts >= ? AND (lease_until IS NULL OR lease_until < ?)
        """,
        Timestamp.from(now), LeasedQueue.MAX_ATTEMPTS, Timestamp.from(now));
    return jdbc.queryForList(
        """
        SELECT id FROM jobs WHERE status = 'QUEUED' OR (status = 'RUNNING' AND (lease_until IS NULL OR lease_until < ?))
        ORDER BY created_at LIMIT ?
        """,
        String.class,
        Timestamp.from(now),
        max);
  }

  boolean hasUnfinished(String partnershipId) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM jobs WHERE partnership_id = ? AND status IN ('QUEUED', 'RUNNING')",
            Integer.class,
            partnershipId);
    return n != null && n > 0;
  }

  /**
   * Takes the job for {@code owner} until {@code until}, if it is QUEUED or its lease has expired. One
   * UPDATE is the compare-and-set: the database serialises concurrent claims of one row, and only the
   * first finds the condition still true, on H2 and PostgreSQL alike.
   *
   * @return true if this call claimed it; false if another instance holds it, it finished, or it is gone
   */
  @Override
  public boolean claim(String id, Lease lease, Instant now) {
    return jdbc.update(
            """
            UPDATE jobs SET status = 'RUNNING', progress = 0, stage = NULL, error = NULL, started_at = ?,
              lease_owner = ?, lease_instance = ?, lease_until = ?, attempts = attempts + 1
            WHERE id = ? AND (status = 'QUEUED' OR (status = 'RUNNING' AND (lease_until IS NULL OR lease_until < ?)))
            """,
            Timestamp.from(now), lease.owner(), lease.instance(), Timestamp.from(lease.until(now)), id, Timestamp.from(now))
        == 1;
  }

  /** @return false if the lease was lost (expired and taken by another instance), so the work must be dropped */
  @Override
  public boolean renew(String id, Lease lease, Instant now) {
    return lease.renew(jdbc, "jobs", id, now);
  }

  /**
   * Puts back in the queue the jobs an earlier run of this instance left RUNNING: a restart need not
   * wait for its own leases to expire.
   */
  @Override
  public int releaseInstance(String instance) {
    return jdbc.update(
        """
        UPDATE jobs SET status = 'QUEUED', progress = 0, stage = NULL, lease_owner = NULL, lease_instance = NULL,
          lease_until = NULL WHERE status = 'RUNNING' AND lease_instance = ?
        """,
        instance);
  }

  void progress(String id, Lease lease, double fraction, String stage, Instant now) {
    jdbc.update(
        "UPDATE jobs SET progress = ?, stage = ?, lease_until = ? WHERE id = ? AND status = 'RUNNING' AND lease_owner = ?",
        fraction, stage, Timestamp.from(lease.until(now)), id, lease.owner());
  }

  /** Fails the job unless another instance has taken it over (its lease is then someone else's). */
  boolean fail(String id, Lease lease, String error) {
    return jdbc.update(
            "UPDATE jobs SET status = 'FAILED', error = ?, finished_at = ?, lease_until = NULL WHERE id = ? AND lease_owner = ?",
            error, Timestamp.from(Instant.now()), id, lease.owner())
        == 1;
  }

  void fail(String id, String error) {
    jdbc.update(
        "UPDATE jobs SET status = 'FAILED', error = ?, finished_at = ? WHERE id = ?",
        error, Timestamp.from(Instant.now()), id);
  }

  /**
   * Stores the kept pairs and the population cells and marks the job SUCCEEDED, atomically: a
   * half-stored result is never served. The status is set first, conditioned on still holding the
   * lease: that row lock keeps a second instance that took over an expired lease from storing a
   * result at the same time.
   *
   * <p>The cells are the engine's overlap matrix ({@link MatchResult#matrix()}), stored only when it
   * counts exactly the entities that {@link #result} rebuilds from the stored pairs, which are the
   * ones the job's full view counts; otherwise (never with the engine's clustering) the job has no
   * cells and its matrix is built from its pairs, as for jobs that finished before cells were stored.
   *
   * @return false (and nothing stored) if the lease was lost to another instance
   */
  @Transactional
  boolean succeed(String id, Lease lease, MatchResult result, IntFunction<String> leftPopulation, IntFunction<String> rightPopulation) {
    Map<Integer, Integer> entityOfLeft = new HashMap<>();
    List<Entity> entities = result.entities();
    for (int e = 0; e < entities.size(); e++) {
      for (int l : entities.get(e).left()) {
        entityOfLeft.put(l, e);
      }
    }
    List<Object[]> rows = new ArrayList<>(result.matches().size());
    PairColumns stored = new PairColumns();
    for (Match m : result.matches()) {
      Integer entity = entityOfLeft.get(m.left());
      if (entity == null) {
        throw new IllegalStateException("match " + m.left() + "~" + m.right() + " belongs to no entity");
      }
      rows.add(new Object[] {id, entity, m.left(), m.right(), m.score(), leftPopulation.apply(m.left()), rightPopulation.apply(m.right())});
      stored.add(entity, m.left(), m.right(), m.score(), null, null);
    }
    List<PopulationCounts.Cell> cells = storableCells(result, stored.result(id).entities());
    int updated =
        jdbc.update(
            """
            UPDATE jobs SET status = 'SUCCEEDED', progress = 1, stage = NULL, error = NULL, matches = ?, finished_at = ?,
              lease_until = NULL, cells_stored = ? WHERE id = ? AND status = 'RUNNING' AND lease_owner = ?
            """,
            result.matches().size(), Timestamp.from(Instant.now()), cells != null, id, lease.owner());
    if (updated != 1) {
      return false;
    }
    jdbc.update("DELETE FROM job_matches WHERE job_id = ?", id);
    jdbc.update("DELETE FROM job_cells WHERE job_id = ?", id);
    jdbc.batchUpdate("INSERT INTO job_matches (job_id, entity, left_idx, right_idx, score, left_population, right_population)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    if (cells != null) {
      jdbc.batchUpdate(
          "INSERT INTO job_cells (job_id, left_population, right_population, entities) VALUES (?, ?, ?, ?)",
          cells.stream().map(c -> new Object[] {id, c.left(), c.right(), c.entities()}).toList());
    }
    return true;
  }

  /**
   * The non-zero cells of the engine's matrix, or null when they may not count what the job's full
   * view counts: unless {@code rebuilt}, the entities {@link #result} rebuilds from the stored pairs,
   * are the engine's entities (same members, as sets, in the same order).
   */
  static List<PopulationCounts.Cell> storableCells(MatchResult result, List<Entity> rebuilt) {
    List<Entity> engine = result.entities();
    if (result.matrix() == null || rebuilt.size() != engine.size()) {
      return null;
    }
    for (int e = 0; e < engine.size(); e++) {
      Entity mine = engine.get(e);
      Entity normalised = new Entity(sortedDistinct(mine.left()), sortedDistinct(mine.right()));
      if (!normalised.equals(rebuilt.get(e))) {
        return null;
      }
    }
    List<PopulationCounts.Cell> cells = new ArrayList<>();
    for (OverlapMatrix.Cell c : result.matrix().cells()) {
      if (c.overlaps() > 0) {
        cells.add(new PopulationCounts.Cell(c.left(), c.right(), c.overlaps()));
      }
    }
    return cells;
  }

  private static int[] sortedDistinct(int[] indices) {
    return Arrays.stream(indices).sorted().distinct().toArray();
  }

  /**
   * The stored population cells of a SUCCEEDED job: entities per (left population, right
   * population), zeros left out. Empty if the job stored none (it finished before cells were
   * stored), or is gone.
   */
  Optional<List<PopulationCounts.Cell>> cells(String id) {
    List<Boolean> stored = jdbc.queryForList("SELECT cells_stored FROM jobs WHERE id = ?", Boolean.class, id);
    if (stored.isEmpty() || !Boolean.TRUE.equals(stored.get(0))) {
      return Optional.empty();
    }
    return Optional.of(
        jdbc.query(
            "SELECT left_population, right_population, entities FROM job_cells WHERE job_id = ?",
            (rs, n) -> new PopulationCounts.Cell(rs.getString("left_population"), rs.getString("right_population"), rs.getInt("entities")),
            id));
  }

  /** How many times since start a job's pairs were read ({@link #result}). */
  long resultReads() {
    return resultReads.get();
  }

  /**
   * Rebuilds the entities of a finished job from its stored pairs, in entity order. The pairs are
   * held as primitive columns and grouped by entity here: at 1M x 1M (~400k entities) maps of boxed
   * index sets per entity cost several times the result, and an ORDER BY made H2 sort on disk (15 s).
   */
  JobResult result(String id) {
    resultReads.incrementAndGet();
    PairColumns pairs = new PairColumns();
    Map<String, String> labels = new HashMap<>(); // one String per population label
    jdbc.query(
        "SELECT entity, left_idx, right_idx, score, left_population, right_population FROM job_matches WHERE job_id = ?",
        rs -> {
          String l = rs.getString("left_population");
          String r = rs.getString("right_population");
          pairs.add(rs.getInt("entity"), rs.getInt("left_idx"), rs.getInt("right_idx"), rs.getDouble("score"),
              l == null ? null : labels.computeIfAbsent(l, x -> x), r == null ? null : labels.computeIfAbsent(r, x -> x));
        },
        id);
    return pairs.result(id);
  }

  /** A job's stored pairs as growable primitive columns. */
  private static final class PairColumns {
    private int n;
    private int[] entity = new int[1024];
    private int[] left = new int[1024];
    private int[] right = new int[1024];
    private double[] score = new double[1024];
    private String[] leftPopulation = new String[1024];
    private String[] rightPopulation = new String[1024];
    /** Pairs stored without their records' populations (before V13). */
    private int withoutPopulations;

    void add(int e, int l, int r, double s, String lp, String rp) {
      if (n == entity.length) {
        entity = Arrays.copyOf(entity, n * 2);
        left = Arrays.copyOf(left, n * 2);
        right = Arrays.copyOf(right, n * 2);
        score = Arrays.copyOf(score, n * 2);
        leftPopulation = Arrays.copyOf(leftPopulation, n * 2);
        rightPopulation = Arrays.copyOf(rightPopulation, n * 2);
      }
      entity[n] = e;
      left[n] = l;
      right[n] = r;
      score[n] = s;
      leftPopulation[n] = lp;
      rightPopulation[n] = rp;
      if (lp == null || rp == null) {
        withoutPopulations++;
      }
      n++;
    }

    /**
     * Each side's populations when every pair carries them, else null (a job from before V13, or a
     * record stored with two populations: damage costs the list read, not the answer).
     */
    private PairPopulations[] populations(String jobId) {
      if (withoutPopulations > 0) {
        return null;
      }
      try {
        return new PairPopulations[] {PairPopulations.of(left, leftPopulation, n), PairPopulations.of(right, rightPopulation, n)};
      } catch (IllegalArgumentException e) {
        LOG.log(System.Logger.Level.WARNING, "job {0}: stored pair populations inconsistent ({1}); its views read the lists", jobId, e.getMessage());
        return null;
      }
    }

    /** Entities in the order of their stored numbers, each with its distinct indices, ascending, and best score. */
    JobResult result(String jobId) {
      int max = -1;
      for (int i = 0; i < n; i++) {
        max = Math.max(max, entity[i]);
      }
      // Counting sort by entity number: start[e] .. start[e + 1] are entity e's pairs in byEntity.
      int[] start = new int[max + 2];
      for (int i = 0; i < n; i++) {
        start[entity[i] + 1]++;
      }
      for (int e = 0; e <= max; e++) {
        start[e + 1] += start[e];
      }
      int[] byEntity = new int[n];
      int[] next = Arrays.copyOf(start, max + 1);
      for (int i = 0; i < n; i++) {
        byEntity[next[entity[i]]++] = i;
      }
      List<Entity> entities = new ArrayList<>();
      double[] best = new double[max + 1];
      for (int e = 0; e <= max; e++) {
        int from = start[e];
        int to = start[e + 1];
        if (from == to) {
          continue; // no pair stored under this number
        }
        int[] ls = new int[to - from];
        int[] rs = new int[to - from];
        double b = Double.NEGATIVE_INFINITY;
        for (int k = from; k < to; k++) {
          int i = byEntity[k];
          ls[k - from] = left[i];
          rs[k - from] = right[i];
          b = Math.max(b, score[i]);
        }
        best[entities.size()] = b;
        entities.add(new Entity(Arrays.stream(ls).sorted().distinct().toArray(), Arrays.stream(rs).sorted().distinct().toArray()));
      }
      PairPopulations[] populations = populations(jobId);
      return new JobResult(entities, Arrays.copyOf(best, entities.size()),
          populations == null ? null : populations[0], populations == null ? null : populations[1]);
    }
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
