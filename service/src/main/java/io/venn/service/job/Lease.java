package io.venn.service.job;

import java.time.Duration;
import java.time.Instant;

/**
 * This process's hold on the jobs it runs.
 *
 * @param instance the instance's stable name ({@code venn.jobs.instance-name}), the same after a restart
 * @param owner unique to this process: the instance name plus a random id
 * @param length how long a claim lasts without renewal
 */
record Lease(String instance, String owner, Duration length) {
  Lease {
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("venn.jobs.lease must be positive, was " + length);
    }
  }

  Instant until(Instant now) {
    return now.plus(length);
  }
}
