package io.venn.view;

import java.util.Map;

/**
 * One overlapping pair as a side sees it.
 *
 * @param mine every field of my own record (it is mine)
 * @param theirs only the fields the partner's policy shares for that record's population
 */
public record SharedRecord(
    String minePopulation, Map<String, String> mine, String theirsPopulation, Map<String, String> theirs, double score) {
  public SharedRecord {
    mine = Map.copyOf(mine);
    theirs = Map.copyOf(theirs);
  }
}
