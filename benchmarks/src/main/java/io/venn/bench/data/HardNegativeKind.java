package io.venn.bench.data;

/**
 * A record built to look like a company of the other list while being a different company: it has
 * no partner in the truth, so every match it receives is a false positive.
 */
public enum HardNegativeKind {
  /** Same distinctive word, another business word, another country and website. */
  SIMILAR_NAME_OTHER_COUNTRY("similar name, other country and website"),
  /** Shares a common word ("Pacific", "First", "National") with a company, otherwise different. */
  SHARED_COMMON_WORD("shares a common word"),
  /** The very same name in the same country, but another city and an unrelated website. */
  SAME_NAME_OTHER_WEBSITE("same name, unrelated website and city");

  private final String description;

  HardNegativeKind(String description) {
    this.description = description;
  }

  /** What the kind means, for reports. */
  public String description() {
    return description;
  }
}
