package io.venn.service.system;

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
 */
@ConfigurationProperties("venn")
public record VennProperties(
    @DefaultValue Signup signup,
    @DefaultValue("") String adminToken,
    @DefaultValue("3") int minCellCount,
    @DefaultValue("false") boolean demo,
    @DefaultValue Jobs jobs,
    @DefaultValue Cache cache,
    @DefaultValue Overlaps overlaps) {

  public record Signup(@DefaultValue("true") boolean open) {}

  /**
   * @param threads jobs running at once, and the worker threads all running jobs share (core's {@code WorkerPool})
   * @param queue jobs waiting beyond those; more are refused with 503
   * @param threshold match threshold, 0 for the engine's default
   * @param minListSize fewest accepted accounts each side's list needs before it can be matched, so a
   *     partner cannot probe for one account with a one-record list
   */
  public record Jobs(
      @DefaultValue("2") int threads,
      @DefaultValue("100") int queue,
      @DefaultValue("0") double threshold,
      @DefaultValue("5") int minListSize) {}

  /**
   * @param maxRecords account records kept in memory across loaded lists
   * @param maxViews finished job views kept in memory
   */
  public record Cache(@DefaultValue("2000000") long maxRecords, @DefaultValue("200") long maxViews) {}

  public record Overlaps(@DefaultValue("50") int defaultSize, @DefaultValue("1000") int maxSize) {}
}
