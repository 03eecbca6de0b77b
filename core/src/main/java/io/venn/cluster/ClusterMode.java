package io.venn.cluster;

/** How accepted pairs become entities. */
public enum ClusterMode {
  /**
   * Each record joins at most one partner record, best score first (greedy). One fuzzy name cannot
   * fan out to many partner records. The default.
   */
  ONE_TO_ONE,
  /**
   * Every accepted pair links its records; entities are connected components, so duplicates
   * inside a list collapse into one entity.
   */
  CONNECTED
}
