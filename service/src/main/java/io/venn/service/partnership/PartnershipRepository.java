package io.venn.service.partnership;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.view.SharingPolicy;
import io.venn.view.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class PartnershipRepository {
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  PartnershipRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Partnership p) {
    jdbc.update(
        """
        INSERT INTO partnerships (id, inviter_id, partner_id, status, inviter_policy_json, partner_policy_json, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        p.id(), p.inviterId(), p.partnerId(), p.status().name(), write(p.inviterPolicy()), write(p.partnerPolicy()),
        Timestamp.from(p.createdAt()));
  }

  Optional<Partnership> find(String id) {
    return jdbc.query("SELECT * FROM partnerships WHERE id = ?", this::row, id).stream().findFirst();
  }

  List<Partnership> findByMember(String organizationId) {
    return jdbc.query(
        "SELECT * FROM partnerships WHERE inviter_id = ? OR partner_id = ? ORDER BY created_at DESC",
        this::row,
        organizationId,
        organizationId);
  }

  boolean existsOpenBetween(String a, String b) {
    Integer n =
        jdbc.queryForObject(
            """
            SELECT COUNT(*) FROM partnerships WHERE status <> 'ENDED'
              AND ((inviter_id = ? AND partner_id = ?) OR (inviter_id = ? AND partner_id = ?))
            """,
            Integer.class,
            a, b, b, a);
    return n != null && n > 0;
  }

  void accept(String id) {
    jdbc.update("UPDATE partnerships SET status = 'ACTIVE', accepted_at = ? WHERE id = ?", Timestamp.from(Instant.now()), id);
  }

  void end(String id) {
    jdbc.update("UPDATE partnerships SET status = 'ENDED', ended_at = ? WHERE id = ?", Timestamp.from(Instant.now()), id);
  }

  void setList(String id, Side side, String listId) {
    String column = side == Side.LEFT ? "inviter_list_id" : "partner_list_id";
    jdbc.update("UPDATE partnerships SET " + column + " = ? WHERE id = ?", listId, id);
  }

  void setPolicy(String id, Side side, SharingPolicy policy) {
    String column = side == Side.LEFT ? "inviter_policy_json" : "partner_policy_json";
    jdbc.update("UPDATE partnerships SET " + column + " = ? WHERE id = ?", write(policy), id);
  }

  private Partnership row(ResultSet rs, int n) throws SQLException {
    return new Partnership(
        rs.getString("id"),
        rs.getString("inviter_id"),
        rs.getString("partner_id"),
        PartnershipStatus.valueOf(rs.getString("status")),
        rs.getString("inviter_list_id"),
        rs.getString("partner_list_id"),
        read(rs.getString("inviter_policy_json")),
        read(rs.getString("partner_policy_json")),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("accepted_at")),
        instant(rs.getTimestamp("ended_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private String write(SharingPolicy policy) {
    try {
      return json.writeValueAsString(SharingDto.of(policy));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a sharing policy", e);
    }
  }

  private SharingPolicy read(String text) {
    try {
      return json.readValue(text, SharingDto.class).toPolicy();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt sharing policy column: " + e.getOriginalMessage(), e);
    }
  }
}
