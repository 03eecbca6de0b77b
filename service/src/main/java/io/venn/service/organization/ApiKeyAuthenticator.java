package io.venn.service.organization;

import io.venn.service.system.Caller;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Resolves an API key to the organization it belongs to. */
@Component
public class ApiKeyAuthenticator {
  private final OrganizationRepository organizations;

  ApiKeyAuthenticator(OrganizationRepository organizations) {
    this.organizations = organizations;
  }

  /** The caller the key belongs to, or empty for an unknown, rotated or malformed key. */
  public Optional<Caller> authenticate(String apiKey) {
    if (apiKey == null || !apiKey.startsWith(ApiKeys.PREFIX) || apiKey.length() > 200) {
      return Optional.empty();
    }
    return organizations.findByKeyHash(ApiKeys.hash(apiKey)).map(o -> new Caller(o.id(), o.name()));
  }
}
