package io.venn.service.system;

/**
 * A request went over one of the configured bounds ({@code venn.limits.*} and friends). Maps to a
 * problem whose {@code limit} property names the setting and whose {@code detail} says what to do.
 */
public final class LimitExceededException extends RuntimeException {
  private final String limit;
  private final long value;

  /**
   * @param limit the configuration key, e.g. {@code venn.limits.populations-per-list}
   * @param value its current value
   * @param detail what was over the limit and how to get under it
   */
  public LimitExceededException(String limit, long value, String detail) {
    super(detail);
    this.limit = limit;
    this.value = value;
  }

  public String limit() {
    return limit;
  }

  public long value() {
    return value;
  }
}
