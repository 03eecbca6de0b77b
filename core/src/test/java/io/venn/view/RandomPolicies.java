package io.venn.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random sharing policies for the view property tests: each level, each population sometimes named. */
final class RandomPolicies {
  static final List<String> FIELDS = List.of("id", "name", "domain", "country", "city", "phone", "owner", "industry");

  private RandomPolicies() {}

  /** A default level and, for about half of {@code populations}, a level of their own. */
  static SharingPolicy of(Random random, List<String> populations) {
    Map<String, PopulationPolicy> pops = new HashMap<>();
    for (String p : populations) {
      if (random.nextBoolean()) {
        pops.put(p, population(random));
      }
    }
    return new SharingPolicy(population(random), pops);
  }

  /** HIDDEN, COUNTS or OVERLAPS with a random subset of {@link #FIELDS}. */
  static PopulationPolicy population(Random random) {
    Level level = Level.values()[random.nextInt(3)];
    if (level != Level.OVERLAPS) {
      return new PopulationPolicy(level, List.of());
    }
    List<String> fields = new ArrayList<>();
    for (String f : FIELDS) {
      if (random.nextBoolean()) {
        fields.add(f);
      }
    }
    return new PopulationPolicy(level, fields);
  }
}
