package io.venn.service.blind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code venn.blind.*}: the probing defences of blind mode.
 *
 * @param minListSize fewest records each side's encoded list needs, so that a tiny list cannot probe
 *     for single accounts
 * @param jobsPerDay blind jobs a partnership may start in any 24 hours; every job re-matches changed
 *     lists (a fresh nonce), so this bounds how often a partner can probe with edited lists
 */
@ConfigurationProperties("venn.blind")
public record BlindProperties(@DefaultValue("100") int minListSize, @DefaultValue("5") int jobsPerDay) {
  public BlindProperties {
    if (minListSize < 1 || jobsPerDay < 1) {
      throw new IllegalArgumentException("venn.blind.min-list-size and venn.blind.jobs-per-day must be at least 1");
    }
  }
}
