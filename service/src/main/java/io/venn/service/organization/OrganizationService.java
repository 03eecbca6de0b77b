package io.venn.service.organization;

import io.venn.service.audit.AuditLog;
import io.venn.service.system.NotFoundException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations and their API keys. */
@Service
public class OrganizationService {
  private final OrganizationRepository organizations;
  private final AuditLog audit;

  OrganizationService(OrganizationRepository organizations, AuditLog audit) {
    this.organizations = organizations;
    this.audit = audit;
  }

  /** A new organization with a fresh API key; the key is returned once and stored only hashed. */
  @Transactional
  public Credentials signUp(String name) {
    return create(UUID.randomUUID().toString(), name, ApiKeys.generate());
  }

  /**
   * Creates an organization with a given id and key, for demo seeding only: the demo's keys are
   * well known and must never be used outside {@code venn.demo=true}.
   */
  @Transactional
  public Credentials create(String id, String name, String apiKey) {
    Organization org = new Organization(id, name, Instant.now());
    organizations.insert(org);
    organizations.addKey(org.id(), ApiKeys.hash(apiKey));
    audit.record(org.id(), null, "ORGANIZATION_CREATED", org.id(), name);
    return new Credentials(org, apiKey);
  }

  /** Replaces every key of the organization by a new one; the old keys stop working at once. */
  @Transactional
  public Credentials rotateKey(String organizationId) {
    Organization org = require(organizationId);
    String key = ApiKeys.generate();
    organizations.removeKeys(org.id());
    organizations.addKey(org.id(), ApiKeys.hash(key));
    audit.record(org.id(), null, "API_KEY_ROTATED", org.id(), null);
    return new Credentials(org, key);
  }

  public Optional<Organization> find(String id) {
    return organizations.find(id);
  }

  /** @throws NotFoundException if there is no such organization */
  public Organization require(String id) {
    return organizations.find(id).orElseThrow(() -> new NotFoundException("There is no organization with id " + id + "."));
  }

  /** An organization and its plaintext key, which exists only in this response. */
  public record Credentials(Organization organization, String apiKey) {}
}
