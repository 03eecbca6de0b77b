package io.venn.service.job;

import io.venn.service.system.VennProperties;
import java.net.InetAddress;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

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

  /**
   * How long one renewal may wait, in seconds: a job's row stays locked while its result is stored
   * (half a minute for 400k pairs), and the heartbeat that renews every lease of the process must
   * not wait that long on one of them while the others expire. It retries at the next beat.
   */
  static final int RENEW_TIMEOUT_SECONDS = 3;

  /**
   * Renews this lease on a job row of {@code table} (a constant table name) that is still RUNNING
   * under this owner, waiting at most {@link #RENEW_TIMEOUT_SECONDS} for the row.
   *
   * @return false if the row is no longer this owner's running job
   * @throws org.springframework.dao.DataAccessException if the row stayed locked (the caller retries)
   */
  public boolean renew(JdbcTemplate jdbc, String table, String id, Instant now) {
    String sql = "UPDATE " + table + " SET lease_until = ? WHERE id = ? AND status = 'RUNNING' AND lease_owner = ?";
    return jdbc.update(con -> {
      PreparedStatement ps = con.prepareStatement(sql);
      ps.setQueryTimeout(RENEW_TIMEOUT_SECONDS);
      ps.setTimestamp(1, Timestamp.from(until(now)));
      ps.setString(2, id);
      ps.setString(3, owner);
      return ps;
    }) == 1;
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
