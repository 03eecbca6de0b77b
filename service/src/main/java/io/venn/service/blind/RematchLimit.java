package io.venn.service.blind;

import io.venn.service.audit.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The per-partnership limit on re-matching with changed lists, against a partner who edits its list
 * and re-runs to probe for single accounts: at most {@code venn.jobs.rematches-per-day} different
 * list versions in any 24 hours (plaintext jobs: a version is the pair of list ids, so re-running the
 * same lists is free). Blind jobs always carry new encodings, so they are counted per job
 * ({@link BlindProperties#jobsPerDay}). Refused requests are answered 429 with Retry-After.
 */
@Component
public class RematchLimit {
  static final Duration WINDOW = Duration.ofDays(1);
  private final int perDay;
  private final AuditLog audit;

  RematchLimit(@Value("${venn.jobs.rematches-per-day:5}") int perDay, AuditLog audit) {
    if (perDay < 1) {
      throw new IllegalArgumentException("venn.jobs.rematches-per-day must be at least 1, was " + perDay);
    }
    this.perDay = perDay;
    this.audit = audit;
  }

  /** A past run: when, and which version of the lists it matched. */
  public record Run(Instant at, String version) {}

  /**
   * @param past the partnership's runs (any age, any order)
   * @param next the version the requested run would match
   * @throws TooManyJobsException if {@code next} is new and the last 24 hours already saw {@code perDay} versions
   */
  public void check(String partnershipId, String organizationId, List<Run> past, String next) {
    Instant now = Instant.now();
    List<Run> recent = past.stream().filter(r -> r.at().isAfter(now.minus(WINDOW)))
        .sorted(java.util.Comparator.comparing(Run::at)).toList();
    Set<String> versions = new LinkedHashSet<>();
    recent.forEach(r -> versions.add(r.version()));
    if (versions.contains(next) || versions.size() < perDay) {
      return;
    }
    // Free again once the oldest version's runs leave the window.
    String oldest = versions.iterator().next();
    Instant lastOfOldest = recent.stream().filter(r -> r.version().equals(oldest)).map(Run::at).max(Instant::compareTo).orElse(now);
    audit.record(organizationId, partnershipId, "JOB_REFUSED", partnershipId, "re-match limit of " + perDay + " list versions a day");
    throw new TooManyJobsException("This partnership matched " + versions.size() + " different versions of its lists in the last 24 hours, "
        + "the limit (venn.jobs.rematches-per-day = " + perDay + ") against probing with edited lists; re-running the same lists is "
        + "allowed, a new version in " + Math.max(1, Duration.between(now, lastOfOldest.plus(WINDOW)).toMinutes()) + " minutes.",
        Duration.between(now, lastOfOldest.plus(WINDOW)));
  }
}
