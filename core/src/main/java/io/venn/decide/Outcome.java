package io.venn.decide;

/** What decide concluded about a candidate pair. */
public enum Outcome {
  MATCH,
  REVIEW,
  NO_MATCH
}
