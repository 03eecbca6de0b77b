package io.venn.service.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class FeedbackRepository {
  private final JdbcTemplate jdbc;

  FeedbackRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A side's later verdict on the same pair replaces its earlier one. */
  @Transactional
  void save(String partnershipId, String organizationId, String jobId, PairIds pair, Verdict verdict) {
    jdbc.update(
        "DELETE FROM match_feedback WHERE partnership_id = ? AND organization_id = ? AND left_id = ? AND right_id = ?",
        partnershipId, organizationId, pair.leftId(), pair.rightId());
    jdbc.update(
        """
        INSERT INTO match_feedback (partnership_id, organization_id, job_id, left_id, right_id, verdict, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        partnershipId, organizationId, jobId, pair.leftId(), pair.rightId(), verdict.name(), Timestamp.from(Instant.now()));
  }

  List<Given> ofPartnership(String partnershipId) {
    return jdbc.query(
        "SELECT organization_id, left_id, right_id, verdict FROM match_feedback WHERE partnership_id = ? ORDER BY id",
        (rs, n) ->
            new Given(
                rs.getString("organization_id"),
                new PairIds(rs.getString("left_id"), rs.getString("right_id")),
                Verdict.valueOf(rs.getString("verdict"))),
        partnershipId);
  }

  /**
   * The record ids of the pairs a job kept, where the left record has id {@code leftId} or the right
   * record has id {@code rightId} (either may be null).
   */
  List<PairIds> pairsOf(String jobId, String leftId, String rightId) {
    return jdbc.query(
        """
        SELECT l.ext_id AS left_id, r.ext_id AS right_id
        FROM job_matches m
        JOIN jobs j ON j.id = m.job_id
        JOIN list_records l ON l.list_id = j.left_list_id AND l.idx = m.left_idx
        JOIN list_records r ON r.list_id = j.right_list_id AND r.idx = m.right_idx
        WHERE m.job_id = ? AND (? IS NULL OR l.ext_id = ?) AND (? IS NULL OR r.ext_id = ?)
        """,
        (rs, n) -> new PairIds(rs.getString("left_id"), rs.getString("right_id")),
        jobId, leftId, leftId, rightId, rightId);
  }

  /** One side's verdict on one pair. */
  record Given(String organizationId, PairIds pair, Verdict verdict) {}
}
