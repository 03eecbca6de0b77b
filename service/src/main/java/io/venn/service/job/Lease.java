package io.venn.service.job;

import io.venn.service.system.VennProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * This process's hold on the jobs it runs: match jobs ({@link JobRunner}) and blind jobs alike.
 *
 * @param instance the instance's stable name ({@code venn.jobs.instance-name}), the same after a restart
 * @param owner unique to this process: the instance name plus a random id
 * @param length how long a claim lasts without renewal
 */
public record Lease(String instance, String owner, Duration length) {
  public Lease {
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("venn.jobs.lease must be positive, was " + length);
    }
  }

  /** A fresh owner under this instance's stable name ({@code venn.jobs.instance-name}, else the host name). */
  public static Lease forThisProcess(VennProperties properties) {
    String instance = instanceName(properties.jobs().instanceName());
    return new Lease(instance, instance + "/" + UUID.randomUUID(), properties.jobs().lease());
  }

  public Instant until(Instant now) {
    return now.plus(length);
  }

  private static String instanceName(String configured) {
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "venn";
    }
  }
}
