package io.venn.service.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code venn.*}; see README-service.md for the table.
 *
 * @param signup who may create organizations
 * @param adminToken required in {@code X-Admin-Token} for sign-up when sign-up is closed; blank means nobody can
 * @param minCellCount {@code COUNTS} cells below this (but above 0) are shown as "&lt; k", against probing
 * @param demo seed two demo organizations at startup
 * @param jobs the match job executor
 * @param cache sizes of the in-memory caches
 * @param overlaps paging of the overlaps endpoint
 * @param limits bounds on everything a user controls
 */
@ConfigurationProperties("venn")
public record VennProperties(
    @DefaultValue Signup signup,
    @DefaultValue("") String adminToken,
    @DefaultValue("3") int minCellCount,
    @DefaultValue("false") boolean demo,
    @DefaultValue Jobs jobs,
    @DefaultValue Cache cache,
    @DefaultValue Overlaps overlaps,
    @DefaultValue Limits limits) {

  public record Signup(@DefaultValue("true") boolean open) {}

  /**
   * @param threads jobs running at once, and the worker threads all running jobs share (core's {@code WorkerPool})
   * @param queue jobs waiting beyond those; more are refused with 503
   * @param threshold match threshold, 0 for the engine's default
   * @param minListSize fewest accepted accounts each side's list needs before it can be matched, so a
   *     partner cannot probe for one account with a one-record list
   * @param instanceName this instance's stable name: at startup it takes back at once the jobs its
   *     previous run left RUNNING; other instances wait for their lease to expire. Blank means the host name
   * @param lease how long a claimed job stays this instance's without a heartbeat; after that any
   *     instance sharing the database may claim and re-run it
   * @param pollInterval how often an idle instance looks for claimable jobs in the shared database
   */
  public record Jobs(
      @DefaultValue("2") int threads,
      @DefaultValue("100") int queue,
      @DefaultValue("0") double threshold,
      @DefaultValue("5") int minListSize,
      @DefaultValue("") String instanceName,
      @DefaultValue("60s") Duration lease,
      @DefaultValue("2s") Duration pollInterval) {}

  /**
   * @param maxViews finished job views kept in memory
   * @param explainerMegabytes memory for finished jobs' word and website counts, which explain a
   *     drill-down's pairs without reading both lists again (tens of MB per 1M x 1M job)
   */
  public record Cache(@DefaultValue("200") long maxViews, @DefaultValue("128") long explainerMegabytes) {}

  public record Overlaps(@DefaultValue("50") int defaultSize, @DefaultValue("1000") int maxSize) {}

  /**
   * Every limit is reported as {@code application/problem+json} whose {@code limit} property names
   * the setting, so a user knows which one they hit and an operator which one to raise.
   *
   * @param populationsPerList distinct populations one upload may have (a population bomb makes the
   *     matrix, and its memory, grow with the product of both sides' populations)
   * @param columns free (non-standard) columns a list may carry per record
   * @param lineBytes longest physical line of an upload, in bytes
   * @param matrixCells largest matrix a job may produce: my populations times the partner's
   * @param requestsPerMinute API calls one organization may make per minute; more get 429
   * @param failedSignInsPerMinute requests with a wrong API key one address may make per minute;
   *     after that every request from it gets 429 until the minute is over
   */
  public record Limits(
      @DefaultValue("100") int populationsPerList,
      @DefaultValue("200") int columns,
      @DefaultValue("1048576") int lineBytes,
      @DefaultValue("10000") int matrixCells,
      @DefaultValue("1200") int requestsPerMinute,
      @DefaultValue("20") int failedSignInsPerMinute) {}
}
