package io.venn.service.system;

import java.util.Objects;

/**
 * The organization an authenticated request acts for. Controllers take it as a parameter; it is
 * resolved from the API key by {@link ApiKeyFilter}.
 */
public record Caller(String organizationId, String organizationName) {
  public Caller {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(organizationName, "organizationName");
  }
}
