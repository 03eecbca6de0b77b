package io.venn.service.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who did what, when. Events tied to a partnership are readable by both of its sides, so each side
 * sees when the other viewed or exported its shared records.
 */
@Component
public class AuditLog {
  private final JdbcTemplate jdbc;

  public AuditLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param organizationId who acted
   * @param partnershipId the partnership concerned, or null for the organization's own business
   * @param action what happened (UPLOAD, SHARING_CHANGED, JOB_STARTED, MATRIX_VIEWED...)
   * @param target the id acted on
   * @param detail a short human-readable note; never a secret
   */
  public void record(String organizationId, String partnershipId, String action, String target, String detail) {
    jdbc.update(
        "INSERT INTO audit_events (at, organization_id, partnership_id, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
        Timestamp.from(Instant.now()), organizationId, partnershipId, action, target, detail);
  }

  /** The newest events first: the organization's own, and every event of its partnerships. */
  List<AuditEvent> visibleTo(String organizationId, int limit) {
    return jdbc.query(
        """
        SELECT e.*, o.name AS organization_name FROM audit_events e
        LEFT JOIN organizations o ON o.id = e.organization_id
        WHERE e.organization_id = ?
           OR e.partnership_id IN (SELECT id FROM partnerships WHERE inviter_id = ? OR partner_id = ?)
        ORDER BY e.id DESC
        LIMIT ?
        """,
        (rs, n) ->
            new AuditEvent(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("organization_id"),
                rs.getString("organization_name"),
                rs.getString("partnership_id"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("detail")),
        organizationId,
        organizationId,
        organizationId,
        limit);
  }

  record AuditEvent(
      long id,
      Instant at,
      String organizationId,
      String organizationName,
      String partnershipId,
      String action,
      String target,
      String detail) {}
}
