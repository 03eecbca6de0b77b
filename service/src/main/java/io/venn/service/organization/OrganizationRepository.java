package io.venn.service.organization;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {
  private static final RowMapper<Organization> ROW =
      (rs, n) -> new Organization(rs.getString("id"), rs.getString("name"), rs.getTimestamp("created_at").toInstant());

  private final JdbcTemplate jdbc;

  OrganizationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Organization org) {
    jdbc.update(
        "INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)",
        org.id(), org.name(), Timestamp.from(org.createdAt()));
  }

  Optional<Organization> find(String id) {
    return jdbc.query("SELECT * FROM organizations WHERE id = ?", ROW, id).stream().findFirst();
  }

  Optional<Organization> findByKeyHash(String keyHash) {
    return jdbc.query(
            "SELECT o.* FROM organizations o JOIN api_keys k ON k.organization_id = o.id WHERE k.key_hash = ?",
            ROW,
            keyHash)
        .stream()
        .findFirst();
  }

  void addKey(String organizationId, String keyHash) {
    jdbc.update(
        "INSERT INTO api_keys (key_hash, organization_id, created_at) VALUES (?, ?, ?)",
        keyHash, organizationId, Timestamp.from(Instant.now()));
  }

  void removeKeys(String organizationId) {
    jdbc.update("DELETE FROM api_keys WHERE organization_id = ?", organizationId);
  }
}
