package io.venn.view;

/** How much of a population its owner lets a partner see. */
public enum Level {
  /** Not even that the population exists. */
  HIDDEN,
  /** Its row or column and the overlap counts, never a record. The default. */
  COUNTS,
  /** The overlapping records, with the fields the policy names. Never a record that does not overlap. */
  OVERLAPS
}
