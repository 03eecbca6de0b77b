package io.venn.view;

import java.util.Map;
import java.util.Objects;

/**
 * One side's sharing rules towards a partner: a default and per-population overrides.
 *
 * @param defaultPolicy applies to every population not named in {@code populations}
 */
public record SharingPolicy(PopulationPolicy defaultPolicy, Map<String, PopulationPolicy> populations) {
  /** {@code COUNTS} everywhere: the default for a new partnership. */
  public static final SharingPolicy COUNTS_ONLY = new SharingPolicy(PopulationPolicy.COUNTS, Map.of());

  public SharingPolicy {
    Objects.requireNonNull(defaultPolicy, "defaultPolicy");
    populations = populations == null ? Map.of() : Map.copyOf(populations);
  }

  public PopulationPolicy forPopulation(String population) {
    return populations.getOrDefault(population, defaultPolicy);
  }
}
