package io.venn.service.list;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored upload: its counts and the report of rejected rows (the first {@link #MAX_REPORTED} of them).
 */
public record AccountListInfo(
    String id,
    String organizationId,
    String name,
    long rows,
    long accepted,
    long rejectedCount,
    List<Rejection> rejected,
    Map<String, Long> populations,
    Instant createdAt) {
  /** Rejected rows kept in the report; the count is always exact. */
  public static final int MAX_REPORTED = 1000;

  public AccountListInfo {
    rejected = List.copyOf(rejected);
    populations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(populations));
  }

  /** One skipped row. */
  public record Rejection(long line, String field, String reason) {}
}
